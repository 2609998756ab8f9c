-- People who signed in to the web app. The e-mail address is the identity the provider verified
-- (Google or the local sign-in); campaigns name their creator by it (campaign.created_by).
CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    picture_url   VARCHAR(1000) NULL,
    first_seen_at DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_email (email),
    KEY ix_app_user_last_seen (last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
