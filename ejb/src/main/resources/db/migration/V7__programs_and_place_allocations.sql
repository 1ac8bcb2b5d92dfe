-- Funding programs and place applications (issue 6): programs with their streams, eligible courses
-- by state, price list and place targets; budgets by state and stream with their committed and spent
-- counters and versioned changes; per-provider commitments; delegates' dollar limits; place
-- applications with their lines, assessment and decision; allocations.
-- Money is in cents (BIGINT). Every counter that money or places depend on carries a CHECK, so even
-- a wrong UPDATE can never commit more than the budget, the cap or the places.
-- Runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE funding_program (
    code               VARCHAR(30)  NOT NULL PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    rule_program_code  VARCHAR(30)  NOT NULL,
    opens_on           DATE         NOT NULL,
    closes_on          DATE         NOT NULL,
    fee_rule           VARCHAR(30)  NOT NULL,
    fee_cap_cents      BIGINT       NOT NULL,
    provider_cap_cents BIGINT       NOT NULL,
    created_by         VARCHAR(60)  NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    CONSTRAINT funding_program_window_ck CHECK (closes_on > opens_on),
    CONSTRAINT funding_program_fee_ck CHECK (fee_rule IN ('NO_FEE', 'FREE_TO_CERT_III_CAPPED_ABOVE', 'CAPPED')),
    CONSTRAINT funding_program_amounts_ck CHECK (fee_cap_cents >= 0 AND provider_cap_cents > 0)
);

CREATE TABLE program_stream (
    program_code VARCHAR(30)  NOT NULL REFERENCES funding_program (code),
    stream_code  VARCHAR(20)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    PRIMARY KEY (program_code, stream_code)
);

CREATE TABLE program_course (
    program_code VARCHAR(30) NOT NULL REFERENCES funding_program (code),
    course_code  VARCHAR(12) NOT NULL REFERENCES training_product (code),
    state        VARCHAR(3)  NOT NULL,
    priority     BOOLEAN     NOT NULL,
    PRIMARY KEY (program_code, course_code, state),
    CONSTRAINT program_course_state_ck CHECK (state IN ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT'))
);

CREATE TABLE program_price (
    program_code      VARCHAR(30) NOT NULL REFERENCES funding_program (code),
    course_code       VARCHAR(12) NOT NULL REFERENCES training_product (code),
    commencement_cents BIGINT     NOT NULL,
    completion_cents  BIGINT      NOT NULL,
    PRIMARY KEY (program_code, course_code),
    CONSTRAINT program_price_ck CHECK (commencement_cents >= 0 AND completion_cents >= 0
        AND commencement_cents + completion_cents > 0)
);

CREATE TABLE program_place_target (
    program_code VARCHAR(30) NOT NULL REFERENCES funding_program (code),
    state        VARCHAR(3)  NOT NULL,
    places       INTEGER     NOT NULL,
    PRIMARY KEY (program_code, state),
    CONSTRAINT program_place_target_ck CHECK (places >= 0)
);

-- The hot rows: approvals add to committed_cents with
--   UPDATE program_budget SET committed_cents = committed_cents + ? WHERE ... AND budget_cents - committed_cents >= ?
CREATE TABLE program_budget (
    program_code    VARCHAR(30) NOT NULL REFERENCES funding_program (code),
    state           VARCHAR(3)  NOT NULL,
    stream_code     VARCHAR(20) NOT NULL,
    budget_cents    BIGINT      NOT NULL,
    committed_cents BIGINT      DEFAULT 0 NOT NULL,
    spent_cents     BIGINT      DEFAULT 0 NOT NULL,
    version_no      INTEGER     DEFAULT 1 NOT NULL,
    PRIMARY KEY (program_code, state, stream_code),
    FOREIGN KEY (program_code, stream_code) REFERENCES program_stream (program_code, stream_code),
    CONSTRAINT program_budget_state_ck CHECK (state IN ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT')),
    CONSTRAINT program_budget_counters_ck CHECK (budget_cents >= 0 AND committed_cents >= 0
        AND committed_cents <= budget_cents AND spent_cents >= 0 AND spent_cents <= committed_cents)
);

CREATE TABLE program_budget_change (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    program_code  VARCHAR(30)   NOT NULL,
    state         VARCHAR(3)    NOT NULL,
    stream_code   VARCHAR(20)   NOT NULL,
    version_no    INTEGER       NOT NULL,
    old_cents     BIGINT,
    new_cents     BIGINT        NOT NULL,
    changed_by    VARCHAR(60)   NOT NULL,
    changed_at    TIMESTAMP     NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    FOREIGN KEY (program_code, state, stream_code) REFERENCES program_budget (program_code, state, stream_code),
    CONSTRAINT program_budget_change_uq UNIQUE (program_code, state, stream_code, version_no)
);

-- What each provider has been committed under a program, against the program's per-provider cap.
CREATE TABLE provider_commitment (
    program_code    VARCHAR(30) NOT NULL REFERENCES funding_program (code),
    provider_id     VARCHAR(36) NOT NULL REFERENCES provider (id),
    committed_cents BIGINT      DEFAULT 0 NOT NULL,
    PRIMARY KEY (program_code, provider_id),
    CONSTRAINT provider_commitment_ck CHECK (committed_cents >= 0)
);

-- A financial delegate's limit for one approval, set by an administrator.
CREATE TABLE delegation_limit (
    username    VARCHAR(60) NOT NULL PRIMARY KEY REFERENCES user_account (username),
    limit_cents BIGINT      NOT NULL,
    set_by      VARCHAR(60) NOT NULL,
    set_at      TIMESTAMP   NOT NULL,
    CONSTRAINT delegation_limit_ck CHECK (limit_cents >= 0)
);

CREATE TABLE place_application (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    program_code      VARCHAR(30)   NOT NULL REFERENCES funding_program (code),
    provider_id       VARCHAR(36)   NOT NULL REFERENCES provider (id),
    stream_code       VARCHAR(20)   NOT NULL,
    status            VARCHAR(30)   NOT NULL,
    period_from       DATE          NOT NULL,
    period_to         DATE          NOT NULL,
    justification     VARCHAR(4000) NOT NULL,
    industry_partners VARCHAR(1000),
    requested_cents   BIGINT        DEFAULT 0 NOT NULL,
    created_by        VARCHAR(60)   NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    updated_by        VARCHAR(60)   NOT NULL,
    updated_at        TIMESTAMP     NOT NULL,
    submitted_by      VARCHAR(60),
    submitted_at      TIMESTAMP,
    risk_flags        VARCHAR(2000),
    assessed_by       VARCHAR(60),
    assessed_at       TIMESTAMP,
    scores            VARCHAR(200),
    total_score       INTEGER,
    assessment_note   VARCHAR(4000),
    first_approver    VARCHAR(60),
    first_approved_at TIMESTAMP,
    first_reason      VARCHAR(2000),
    decided_by        VARCHAR(60),
    decided_at        TIMESTAMP,
    decision_reason   VARCHAR(2000),
    approved_cents    BIGINT        DEFAULT 0 NOT NULL,
    FOREIGN KEY (program_code, stream_code) REFERENCES program_stream (program_code, stream_code),
    CONSTRAINT place_application_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'ASSESSED',
        'AWAITING_SECOND_APPROVAL', 'APPROVED', 'PARTIALLY_APPROVED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT place_application_period_ck CHECK (period_to >= period_from),
    CONSTRAINT place_application_money_ck CHECK (requested_cents >= 0 AND approved_cents >= 0)
);
CREATE INDEX place_application_queue_ix ON place_application (status, submitted_at);
CREATE INDEX place_application_provider_ix ON place_application (provider_id, program_code);

CREATE TABLE place_request (
    application_id     VARCHAR(36)  NOT NULL REFERENCES place_application (id),
    line_no            INTEGER      NOT NULL,
    course_code        VARCHAR(12)  NOT NULL REFERENCES training_product (code),
    state              VARCHAR(3)   NOT NULL,
    places             INTEGER      NOT NULL,
    cet_model          VARCHAR(30)  NOT NULL,
    work_based_format  VARCHAR(20),
    locations          VARCHAR(500) NOT NULL,
    start_dates        VARCHAR(300) NOT NULL,
    price_cents        BIGINT       NOT NULL,
    recommended_places INTEGER,
    approved_places    INTEGER,
    PRIMARY KEY (application_id, line_no),
    CONSTRAINT place_request_places_ck CHECK (places > 0 AND places <= 100000
        AND (recommended_places IS NULL OR recommended_places BETWEEN 0 AND places)
        AND (approved_places IS NULL OR approved_places BETWEEN 0 AND places))
);

-- Places granted to a provider for one course in one state; enrolments consume them with
--   UPDATE allocation SET places_used = places_used + 1 WHERE id = ? AND places_used < places
CREATE TABLE allocation (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    application_id  VARCHAR(36) NOT NULL REFERENCES place_application (id),
    line_no         INTEGER     NOT NULL,
    program_code    VARCHAR(30) NOT NULL REFERENCES funding_program (code),
    provider_id     VARCHAR(36) NOT NULL REFERENCES provider (id),
    stream_code     VARCHAR(20) NOT NULL,
    course_code     VARCHAR(12) NOT NULL REFERENCES training_product (code),
    state           VARCHAR(3)  NOT NULL,
    places          INTEGER     NOT NULL,
    places_used     INTEGER     DEFAULT 0 NOT NULL,
    places_completed INTEGER    DEFAULT 0 NOT NULL,
    price_cents     BIGINT      NOT NULL,
    amount_cents    BIGINT      NOT NULL,
    period_from     DATE        NOT NULL,
    period_to       DATE        NOT NULL,
    created_by      VARCHAR(60) NOT NULL,
    created_at      TIMESTAMP   NOT NULL,
    CONSTRAINT allocation_line_uq UNIQUE (application_id, line_no),
    CONSTRAINT allocation_places_ck CHECK (places >= 0 AND places_used >= 0 AND places_used <= places
        AND places_completed >= 0 AND places_completed <= places_used),
    CONSTRAINT allocation_amount_ck CHECK (amount_cents = places * price_cents)
);
CREATE INDEX allocation_provider_ix ON allocation (provider_id, program_code);
CREATE INDEX allocation_course_ix ON allocation (program_code, course_code, state);
