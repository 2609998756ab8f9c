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

-- Why these indexes: a preview is COUNT(*) plus a 10-row sample over up to millions of rows.
-- Ranges on one aggregate, the commonest shape, read only a slice of the matching index. Rules that
-- combine spend, visits and recency (the seed's "spend > X AND visits < Y OR inactive >= Z") are
-- answered by scanning the narrow covering index ix_customer_activity instead of the wide rows.
-- City lists use ix_customer_city; tags use customer_tag's (tag, customer_id) key from V1.
CREATE INDEX ix_customer_activity ON customer (total_spend, visits, last_active_at, avg_order_value);
CREATE INDEX ix_customer_visits ON customer (visits);
CREATE INDEX ix_customer_last_active ON customer (last_active_at);
CREATE INDEX ix_customer_city ON customer (city);
CREATE INDEX ix_customer_last_order ON customer (last_order_at);
