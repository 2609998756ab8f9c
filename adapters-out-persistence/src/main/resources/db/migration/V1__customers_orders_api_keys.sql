-- Customers with the aggregates segments filter on, their tags and orders, and ingestion keys.
-- External ids compare byte for byte (utf8mb4_bin): a brand's "A1" and "a1" are two customers.

CREATE TABLE customer (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    external_id     VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name            VARCHAR(200)  NULL,
    email           VARCHAR(254)  NULL,
    phone           VARCHAR(32)   NULL,
    city            VARCHAR(100)  NULL,
    signup_at       DATETIME(6)   NULL,
    attributes      LONGTEXT      NULL,
    placeholder     BOOLEAN       NOT NULL DEFAULT FALSE,
    total_spend     DECIMAL(14,2) NOT NULL DEFAULT 0,
    visits          INT           NOT NULL DEFAULT 0,
    avg_order_value DECIMAL(14,2) NOT NULL DEFAULT 0,
    first_order_at  DATETIME(6)   NULL,
    last_order_at   DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_customer_external_id (external_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE customer_tag (
    customer_id BIGINT      NOT NULL,
    tag         VARCHAR(40) NOT NULL,
    PRIMARY KEY (customer_id, tag),
    -- segment rules ask "who has tag X": start from the tag
    KEY ix_customer_tag_tag (tag, customer_id),
    CONSTRAINT fk_customer_tag_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE customer_order (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    external_id VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    customer_id BIGINT        NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    ordered_at  DATETIME(6)   NOT NULL,
    status      VARCHAR(32)   NULL,
    items       LONGTEXT      NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_customer_order_external_id (external_id),
    -- covers the aggregate recomputation (sum, count, min, max per customer) from the index alone
    KEY ix_customer_order_customer (customer_id, ordered_at, amount),
    CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_key (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    key_hash   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    prefix     VARCHAR(16)  NOT NULL,
    created_by VARCHAR(254) NULL,
    created_at DATETIME(6)  NOT NULL,
    revoked_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_key_hash (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
