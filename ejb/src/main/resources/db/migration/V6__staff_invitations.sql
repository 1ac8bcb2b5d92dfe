-- Provider staff invitations (issue 5): one-time, expiring; only the token's SHA-256 is stored.
CREATE TABLE staff_invitation (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    provider_id  VARCHAR(36)  NOT NULL REFERENCES provider (id),
    email        VARCHAR(254) NOT NULL,
    token_sha256 VARCHAR(64)  NOT NULL UNIQUE,
    invited_by   VARCHAR(60)  NOT NULL,
    invited_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    accepted_by  VARCHAR(60),
    accepted_at  TIMESTAMP
);
CREATE INDEX staff_invitation_provider_ix ON staff_invitation (provider_id);
