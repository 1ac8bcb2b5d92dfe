-- The mail outbox. A service adds a mail in the transaction of the decision it tells about, so the
-- mail exists exactly when the decision committed; MailSender delivers it afterwards, at least once.
-- Pending: sent_at IS NULL and next_attempt_at is due. Given up: sent_at and next_attempt_at both
-- NULL. claim_token names the sender run that holds the mail while it sends it (several servers
-- share the table). Runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE mail_outbox (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)   NOT NULL,
    subject         VARCHAR(200)   NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    attempts        INTEGER        DEFAULT 0 NOT NULL,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMP,
    claim_token     VARCHAR(36),
    sent_at         TIMESTAMP,
    CONSTRAINT mail_outbox_attempts_ck CHECK (attempts >= 0)
);
CREATE INDEX mail_outbox_pending_ix ON mail_outbox (sent_at, next_attempt_at);
