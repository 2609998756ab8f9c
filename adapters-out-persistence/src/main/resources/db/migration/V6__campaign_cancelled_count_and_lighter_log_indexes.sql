-- A cancelled campaign withdraws the messages no worker has claimed yet: they end as CANCELLED in
-- the log and are counted here, so sent + failed + cancelled + pending = audience_size still holds.
ALTER TABLE campaign ADD COLUMN cancelled_count INT NOT NULL DEFAULT 0;

-- Every message changes status three times (claimed, submitted, final), and each change rewrote this
-- index as well as ix_log_campaign_status. The reconciler now reaches in-flight and queued messages
-- through ix_log_campaign_status, campaign by campaign, so this one only cost delivery throughput.
DROP INDEX ix_log_status_updated ON communication_log;
