-- Enrolments and learner confirmation (issue 7).
-- A learner is known by their USI. The learner row exists only so enrolments of one learner can be
-- taken one at a time (SELECT ... FOR UPDATE on it before the entitlement ledger is read), whichever
-- provider or server enrols them. An enrolment consumes one place of an allocation with
--   UPDATE allocation SET places_used = places_used + 1 WHERE id = ? AND places_used < places
-- and one entitlement (a funded_start row) in the same transaction.
-- Runs unchanged on H2 2.x and PostgreSQL.

-- A learner's sign-in account is tied to their USI (null for everybody else); one account per USI.
ALTER TABLE user_account ADD COLUMN usi VARCHAR(10);
CREATE UNIQUE INDEX user_account_usi_uq ON user_account (usi);

CREATE TABLE learner (
    usi           VARCHAR(10) NOT NULL PRIMARY KEY,
    first_seen_at TIMESTAMP   NOT NULL
);

CREATE TABLE enrolment (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    allocation_id        VARCHAR(36)   NOT NULL REFERENCES allocation (id),
    provider_id          VARCHAR(36)   NOT NULL REFERENCES provider (id),
    program_code         VARCHAR(30)   NOT NULL REFERENCES funding_program (code),
    course_code          VARCHAR(12)   NOT NULL REFERENCES training_product (code),
    state                VARCHAR(3)    NOT NULL,
    usi                  VARCHAR(10)   NOT NULL REFERENCES learner (usi),
    given_name           VARCHAR(100)  NOT NULL,
    family_name          VARCHAR(100)  NOT NULL,
    date_of_birth        DATE          NOT NULL,
    email                VARCHAR(254)  NOT NULL,
    start_date           DATE          NOT NULL,
    status               VARCHAR(40)   NOT NULL,
    eligibility_check_id VARCHAR(36)   NOT NULL,
    rule_set_version     VARCHAR(60)   NOT NULL,
    ledger_entry_id      VARCHAR(36),
    created_by           VARCHAR(60)   NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    updated_by           VARCHAR(60)   NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    confirmed_at         TIMESTAMP,
    disputed_at          TIMESTAMP,
    dispute_reason       VARCHAR(1000),
    ended_on             DATE,
    end_reason           VARCHAR(1000),
    CONSTRAINT enrolment_status_ck CHECK (status IN ('PENDING_LEARNER_CONFIRMATION', 'CONFIRMED',
        'DISPUTED', 'COMMENCED', 'COMPLETED', 'WITHDRAWN')),
    CONSTRAINT enrolment_state_ck CHECK (state IN ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT'))
);
CREATE INDEX enrolment_provider_ix ON enrolment (provider_id, created_at);
CREATE INDEX enrolment_usi_ix ON enrolment (usi);
CREATE INDEX enrolment_allocation_ix ON enrolment (allocation_id);
CREATE INDEX enrolment_status_ix ON enrolment (status, created_at);

-- The learner's one-time confirmation link: only the SHA-256 of its token is stored.
CREATE TABLE enrolment_link (
    token_sha256 VARCHAR(64) NOT NULL PRIMARY KEY,
    enrolment_id VARCHAR(36) NOT NULL REFERENCES enrolment (id),
    created_at   TIMESTAMP   NOT NULL,
    expires_at   TIMESTAMP   NOT NULL,
    used_at      TIMESTAMP
);
CREATE INDEX enrolment_link_enrolment_ix ON enrolment_link (enrolment_id);
