-- Who saved a segment, for the segment library; NULL for segments saved before this, or by an API key.
ALTER TABLE segment ADD COLUMN created_by VARCHAR(254) NULL;

-- The library shows when each segment was last used by a campaign.
CREATE INDEX ix_campaign_segment_created ON campaign (segment_id, created_at);
