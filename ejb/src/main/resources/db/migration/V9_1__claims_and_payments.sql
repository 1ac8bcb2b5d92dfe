-- Claims and payments (issue 7). A claim is for one part of one enrolment; the unique constraint
-- makes a second claim for the same part impossible whatever the application does, and a repeated
-- POST with the same Idempotency-Key finds the first claim by the second. Paying a batch adds to the
-- budget's spent counter with a conditional UPDATE (program_budget's CHECK keeps spent <= committed);
-- a recovery takes a paid claim's money back as a negative adjustment.
-- Runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE payment_batch (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    created_by  VARCHAR(60) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    claim_count INTEGER     NOT NULL,
    total_cents BIGINT      NOT NULL,
    CONSTRAINT payment_batch_ck CHECK (claim_count >= 0 AND total_cents >= 0)
);

CREATE TABLE claim (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    enrolment_id    VARCHAR(36)   NOT NULL REFERENCES enrolment (id),
    provider_id     VARCHAR(36)   NOT NULL REFERENCES provider (id),
    program_code    VARCHAR(30)   NOT NULL REFERENCES funding_program (code),
    budget_state    VARCHAR(3)    NOT NULL,
    stream_code     VARCHAR(20)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    amount_cents    BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    idempotency_key VARCHAR(100),
    submitted_by    VARCHAR(60)   NOT NULL,
    submitted_at    TIMESTAMP     NOT NULL,
    validated_by    VARCHAR(60),
    validated_at    TIMESTAMP,
    checks          VARCHAR(2000),
    decided_by      VARCHAR(60),
    decided_at      TIMESTAMP,
    decision_reason VARCHAR(1000),
    batch_id        VARCHAR(36)   REFERENCES payment_batch (id),
    paid_at         TIMESTAMP,
    recovered_by    VARCHAR(60),
    recovered_at    TIMESTAMP,
    recovery_reason VARCHAR(1000),
    CONSTRAINT claim_once_uq UNIQUE (enrolment_id, kind),
    CONSTRAINT claim_idempotency_uq UNIQUE (provider_id, idempotency_key),
    CONSTRAINT claim_kind_ck CHECK (kind IN ('COMMENCEMENT', 'COMPLETION')),
    CONSTRAINT claim_status_ck CHECK (status IN ('SUBMITTED', 'VALIDATED', 'APPROVED', 'PAID',
        'REJECTED', 'RECOVERED')),
    CONSTRAINT claim_amount_ck CHECK (amount_cents > 0)
);
CREATE INDEX claim_queue_ix ON claim (status, submitted_at);
CREATE INDEX claim_provider_ix ON claim (provider_id, submitted_at);

-- Money taken back from a paid claim found ineligible later (always negative), one per claim.
CREATE TABLE claim_adjustment (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    claim_id     VARCHAR(36)   NOT NULL REFERENCES claim (id),
    amount_cents BIGINT        NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    made_by      VARCHAR(60)   NOT NULL,
    made_at      TIMESTAMP     NOT NULL,
    CONSTRAINT claim_adjustment_once_uq UNIQUE (claim_id),
    CONSTRAINT claim_adjustment_ck CHECK (amount_cents < 0)
);
