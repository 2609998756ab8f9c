-- Saved segments, and what segment rules need from the customer table.

CREATE TABLE segment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(500) NULL,
    -- the rule in its public JSON shape (react-querybuilder), re-validated when read
    rule_json   LONGTEXT     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- the list is newest first
    KEY ix_segment_created (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- inactive_days compares this column with cutoffs bound from Java, so it is a plain indexed
-- column rather than COALESCE(...) in every query, which no index could serve.
ALTER TABLE customer
    ADD COLUMN last_active_at DATETIME(6) AS (COALESCE(last_order_at, signup_at, created_at)) STORED;

-- Why these indexes: a preview is a COUNT(*) and a 10-row sample over up to millions of rows,
-- and counting is cheapest when it reads a narrow index instead of the wide rows.
--   ix_customer_activity: ranges on spend, and the seed's "spend > X AND visits < Y OR inactive >= Z",
--     which the optimizer answers by scanning this index alone (every column it needs is in it).
--   ix_customer_segment: visits ranges (visits <= 3 after NOT is pushed down), with city, money and
--     recency alongside, so mixed and nested rules also count from the index alone; it replaces a
--     plain visits index, which would be its prefix.
--   ix_customer_last_active, ix_customer_last_order, ix_customer_city: inactivity and date ranges,
--     and city lists, read as index ranges.
--   Tags use customer_tag's (tag, customer_id) key from V1 as a semi-join.
-- The price is write amplification: an order updates five of these indexes, which ingestion's
-- batching absorbs.
CREATE INDEX ix_customer_activity ON customer (total_spend, visits, last_active_at, avg_order_value);
CREATE INDEX ix_customer_segment ON customer (visits, city, total_spend, avg_order_value, last_active_at);
CREATE INDEX ix_customer_last_active ON customer (last_active_at);
CREATE INDEX ix_customer_last_order ON customer (last_order_at);
CREATE INDEX ix_customer_city ON customer (city);
