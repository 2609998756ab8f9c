-- Campaigns saved to finish later. Nothing in a draft is validated yet (the launch does that), so
-- the rule is kept as the builder's JSON text and the message as typed.
CREATE TABLE campaign_draft (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  template TEXT NOT NULL,
  channel VARCHAR(16) NOT NULL,
  rule_json LONGTEXT NULL,
  created_by VARCHAR(254) NULL,
  updated_at DATETIME(6) NOT NULL,
  -- the history lists the latest drafts first
  INDEX ix_campaign_draft_updated (updated_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
