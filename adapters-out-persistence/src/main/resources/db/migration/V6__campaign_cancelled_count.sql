-- A cancelled campaign withdraws the messages no worker has claimed yet: they end as CANCELLED in
-- the log and are counted here, so sent + failed + cancelled + pending = audience_size still holds.
ALTER TABLE campaign ADD COLUMN cancelled_count INT NOT NULL DEFAULT 0;
