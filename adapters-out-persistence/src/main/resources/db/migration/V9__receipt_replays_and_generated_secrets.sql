-- Receipt signatures seen inside the time window. The primary key refuses a second insert of the
-- same signature from any instance, which is what stops a replay; rows older than the window are
-- deleted, since the window check refuses such requests anyway.
CREATE TABLE receipt_signature (
    signature CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seen_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (signature),
    KEY ix_receipt_signature_seen (seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Secrets the app generates for itself on first start when none is configured (the receipt secret),
-- shared by every instance through this table and never written to the repository.
CREATE TABLE app_secret (
    name       VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value      VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
