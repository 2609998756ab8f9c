-- A/B variants, a holdout group and attributed orders (issue 19).
--
-- campaign.variants holds the variants as JSON ([{"key","template","weight"}]); NULL means a single
-- template. template keeps the first variant's text, so readers that know one template still work.
-- holdout_count counts the HOLDOUT log rows, which are not part of audience_size (that counts
-- messages), so sent + failed + cancelled + pending = audience_size still holds.
ALTER TABLE campaign
  ADD COLUMN variants TEXT NULL,
  ADD COLUMN holdout_percent TINYINT NOT NULL DEFAULT 0,
  ADD COLUMN attribution_window_hours SMALLINT NOT NULL DEFAULT 120,
  ADD COLUMN holdout_count INT NOT NULL DEFAULT 0;

-- The variant each member got (NULL with a single template, and for the holdout).
ALTER TABLE communication_log ADD COLUMN variant VARCHAR(16) NULL;

-- A HOLDOUT row has no message.
ALTER TABLE communication_log MODIFY message TEXT NULL;

-- One row per attributed order: the primary key on the order is what makes "at most once" hold
-- under redelivery and re-sends. log_id is the winning delivery (last touch); a later receipt can
-- move the order to a newer touch, never add a second row.
CREATE TABLE order_attribution (
  order_id BIGINT PRIMARY KEY,
  campaign_id BIGINT NOT NULL,
  log_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  variant VARCHAR(16) NULL,
  amount DECIMAL(14,2) NOT NULL,
  ordered_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_attribution_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  -- a campaign's outcomes read only its own rows
  INDEX ix_attribution_campaign (campaign_id, variant, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Orders of holdout members within the window after their campaign started. Not an attribution:
-- one order can count for one campaign's holdout and be another campaign's conversion.
CREATE TABLE holdout_conversion (
  campaign_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  amount DECIMAL(14,2) NOT NULL,
  ordered_at DATETIME(6) NOT NULL,
  PRIMARY KEY (campaign_id, order_id),
  CONSTRAINT fk_holdout_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
