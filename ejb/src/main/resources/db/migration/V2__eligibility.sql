-- Eligibility as rules-as-code: dated rule-set versions with their parameters, stored checks with
-- their full trace, and the learners' entitlement ledger. Runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE rule_set (
    version        VARCHAR(60)  NOT NULL PRIMARY KEY,
    program_code   VARCHAR(30)  NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    status         VARCHAR(12)  NOT NULL,
    created_by     VARCHAR(60)  NOT NULL,
    published_by   VARCHAR(60),
    published_at   TIMESTAMP,
    CONSTRAINT rule_set_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT rule_set_period_ck CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE INDEX rule_set_program_ix ON rule_set (program_code, effective_from);

CREATE TABLE rule_parameter (
    version VARCHAR(60)   NOT NULL REFERENCES rule_set (version),
    name    VARCHAR(60)   NOT NULL,
    param_value VARCHAR(1000) NOT NULL,
    source  VARCHAR(500)  NOT NULL,
    PRIMARY KEY (version, name)
);

CREATE TABLE eligibility_check (
    id                     VARCHAR(36)  NOT NULL PRIMARY KEY,
    checked_at             TIMESTAMP    NOT NULL,
    program_code           VARCHAR(30)  NOT NULL,
    rule_set_version       VARCHAR(60)  NOT NULL REFERENCES rule_set (version),
    state                  VARCHAR(3)   NOT NULL,
    course_code            VARCHAR(12)  NOT NULL REFERENCES training_product (code),
    course_start_date      DATE         NOT NULL,
    date_of_birth          DATE         NOT NULL,
    residency              VARCHAR(20)  NOT NULL,
    employment_status      VARCHAR(25)  NOT NULL,
    school_student         BOOLEAN      NOT NULL,
    usi                    VARCHAR(10),
    highest_aqf_level_held INTEGER,
    eligible               BOOLEAN      NOT NULL,
    max_student_fee_cents  BIGINT       NOT NULL
);
CREATE INDEX eligibility_check_course_ix ON eligibility_check (course_code);

CREATE TABLE eligibility_check_outcome (
    check_id    VARCHAR(36)   NOT NULL REFERENCES eligibility_check (id),
    outcome_order INTEGER     NOT NULL,
    rule_id     VARCHAR(30)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    passed      BOOLEAN       NOT NULL,
    explanation VARCHAR(2000) NOT NULL,
    reference   VARCHAR(500)  NOT NULL,
    PRIMARY KEY (check_id, outcome_order)
);

CREATE TABLE funded_start (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    usi          VARCHAR(10) NOT NULL,
    program_code VARCHAR(30) NOT NULL,
    course_code  VARCHAR(12) NOT NULL,
    qualification BOOLEAN    NOT NULL,
    aqf_level    INTEGER,
    start_date   DATE        NOT NULL,
    end_date     DATE,
    CONSTRAINT funded_start_period_ck CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX funded_start_usi_ix ON funded_start (usi);
