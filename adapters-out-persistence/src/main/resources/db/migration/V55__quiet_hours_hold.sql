-- Campaigns whose queued promotional SMS and WhatsApp wait for the brand's sending window to open.
-- The messages stay QUEUED in communication_log; this row only says when to queue their jobs again.
CREATE TABLE quiet_hours_hold (
    campaign_id BIGINT      NOT NULL,
    resume_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (campaign_id),
    KEY ix_quiet_hours_hold_resume (resume_at),
    CONSTRAINT fk_quiet_hours_hold_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
