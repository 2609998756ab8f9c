-- Consent: subscriptions per channel, suppressed log rows with their reason, transactional campaigns,
-- and the lock that serialises the frequency cap per channel. The cap counts log rows through the
-- index InnoDB keeps for fk_log_customer (customer_id), so the freeze's inserts pay for no new index.

-- A customer's current subscription per channel. No row means subscribed since the customer was
-- created, through the API: only changes are stored, so a new customer costs nothing here.
CREATE TABLE customer_subscription (
    customer_id BIGINT      NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    source      VARCHAR(20) NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, channel),
    CONSTRAINT fk_subscription_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a subscription, oldest first, for the customer page's history.
CREATE TABLE subscription_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    customer_id BIGINT      NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    source      VARCHAR(20) NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_subscription_change_customer (customer_id, id),
    CONSTRAINT fk_subscription_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE campaign
    ADD COLUMN transactional BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN suppressed_unsubscribed INT NOT NULL DEFAULT 0,
    ADD COLUMN suppressed_frequency_cap INT NOT NULL DEFAULT 0,
    ADD COLUMN suppressed_no_address INT NOT NULL DEFAULT 0;

-- SUPPRESSED rows carry their reason: unsubscribed, frequency_cap or no_address.
ALTER TABLE communication_log ADD COLUMN suppression_reason VARCHAR(20) NULL;

-- One row per channel, locked by each chunk of a promotional freeze on that channel: counting a
-- chunk's recent messages and adding its own then happen one freezer at a time, on every instance,
-- so two campaigns launched at once cannot both pass a customer under the cap.
CREATE TABLE frequency_cap_lock (
    channel VARCHAR(16) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO frequency_cap_lock (channel) VALUES ('SMS'), ('EMAIL'), ('WHATSAPP');
