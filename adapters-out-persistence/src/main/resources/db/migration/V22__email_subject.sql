-- The subject line of an e-mail campaign: the template on the campaign (NULL: the campaign's name is
-- the subject, as before subjects existed), and the rendered subject on each e-mail's log row.
-- Nullable columns are added in place, without copying the log.
ALTER TABLE campaign ADD COLUMN subject VARCHAR(200) NULL;
ALTER TABLE communication_log ADD COLUMN subject TEXT NULL;
