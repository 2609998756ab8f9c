-- Replies customers send to the brand's SMS and WhatsApp numbers, as the vendor forwards them: STOP
-- and START change subscriptions, anything else is kept as a reply.
CREATE TABLE inbound_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    channel     VARCHAR(16)   NOT NULL,
    sender      VARCHAR(32)   NOT NULL,
    text        VARCHAR(1600) NOT NULL,
    keyword     VARCHAR(8)    NOT NULL,
    received_at DATETIME(6)   NOT NULL,
    stored_at   DATETIME(6)   NOT NULL,
    customers   INT           NOT NULL,
    PRIMARY KEY (id),
    KEY ix_inbound_message_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Inbound signatures seen inside the window: the same replay protection as receipt_signature, kept
-- apart so the two callbacks never refuse each other's requests.
CREATE TABLE inbound_signature (
    signature CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seen_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (signature),
    KEY ix_inbound_signature_seen (seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A STOP names a number, not a customer: the last ten digits of the stored phone find every customer
-- with that number through an index, however the brand formatted it (InboundMessage.numberKey).
ALTER TABLE customer
    ADD COLUMN phone_key VARCHAR(10) AS (RIGHT(REGEXP_REPLACE(phone, '[^0-9]', ''), 10)) VIRTUAL,
    ADD INDEX ix_customer_phone_key (phone_key);
