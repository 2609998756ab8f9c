-- A draft keeps everything the builder's form holds, as typed: the e-mail subject, the chosen send
-- time (which may be past by the time the draft is finished: the launch checks it), the variants as
-- the builder's JSON, the holdout, the attribution window and the transactional flag.
ALTER TABLE campaign_draft
  ADD COLUMN subject TEXT NULL,
  ADD COLUMN scheduled_at DATETIME(6) NULL,
  ADD COLUMN variants_json TEXT NULL,
  ADD COLUMN holdout_percent INT NULL,
  ADD COLUMN attribution_window_hours INT NULL,
  ADD COLUMN transactional BOOLEAN NOT NULL DEFAULT FALSE;
