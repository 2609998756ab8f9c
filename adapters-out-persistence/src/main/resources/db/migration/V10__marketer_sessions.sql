-- Marketers' sign-in sessions, known by the SHA-256 of the session's ID token. Sign-out and idleness
-- end a session here, so a session cookie saved earlier opens nothing on any instance.
CREATE TABLE marketer_session (
    id           CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    email        VARCHAR(254) NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    last_seen_at DATETIME(6)  NOT NULL,
    ended_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_marketer_session_last_seen (last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
