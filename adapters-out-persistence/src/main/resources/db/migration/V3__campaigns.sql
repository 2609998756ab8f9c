-- Campaigns and their communication log.
--
-- campaign.segment_id is nullable for ad-hoc rule campaigns; RESTRICT keeps a segment that a
-- campaign came from. The counters are kept in step with the log by the same transactions that
-- change the log, so listing campaigns never counts log rows.
CREATE TABLE campaign (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  segment_id BIGINT NULL,
  rule_json TEXT NOT NULL,
  template TEXT NOT NULL,
  channel VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  scheduled_at DATETIME(6) NULL,
  created_by VARCHAR(254) NULL,
  created_at DATETIME(6) NOT NULL,
  started_at DATETIME(6) NULL,
  finished_at DATETIME(6) NULL,
  tags VARCHAR(1000) NULL,
  audience_frozen BOOLEAN NOT NULL DEFAULT FALSE,
  audience_size INT NOT NULL DEFAULT 0,
  sent_count INT NOT NULL DEFAULT 0,
  failed_count INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_campaign_segment FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE RESTRICT,
  -- the history lists newest first
  INDEX ix_campaign_created (created_at, id),
  -- the reconciler looks for scheduled campaigns that are due
  INDEX ix_campaign_status_scheduled (status, scheduled_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per customer per campaign (uq_log_campaign_customer enforces it, and also serves
-- look-ups by campaign). status_rank is the domain's precedence, so every update can be guarded
-- with "status_rank < new rank" and duplicates or late updates match no row.
CREATE TABLE communication_log (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  recipient VARCHAR(254) NULL,
  message TEXT NOT NULL,
  status VARCHAR(16) NOT NULL,
  status_rank TINYINT NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  vendor_message_id VARCHAR(64) NULL,
  last_error VARCHAR(500) NULL,
  queued_at DATETIME(6) NOT NULL,
  sending_at DATETIME(6) NULL,
  submitted_at DATETIME(6) NULL,
  sent_at DATETIME(6) NULL,
  failed_at DATETIME(6) NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_log_campaign_customer UNIQUE (campaign_id, customer_id),
  CONSTRAINT fk_log_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT fk_log_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  -- a campaign's messages filtered by status, paged by id
  INDEX ix_log_campaign_status (campaign_id, status, id),
  -- the reconciler finds messages stuck in SENDING/SUBMITTED since before a cutoff
  INDEX ix_log_status_updated (status, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
