-- Micro-credentials (issue 8): the provider's micro-credentials and their submitted versions,
-- endorsers' comments per section, issued Open Badges credentials with their status-list entry,
-- the status-list counter and the issuer key generated for a run that configured none.
-- Runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE micro_credential (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    provider_id          VARCHAR(36)   NOT NULL REFERENCES provider (id),
    provider_name        VARCHAR(200)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    submitted_versions   INTEGER       DEFAULT 0 NOT NULL,
    title                VARCHAR(200),
    description          VARCHAR(4000),
    learning_outcomes    VARCHAR(4000),
    hours                INTEGER,
    delivery_mode        VARCHAR(20),
    cet_model            VARCHAR(30),
    work_based_format    VARCHAR(20),
    assessment           VARCHAR(2000),
    industry             VARCHAR(100),
    industry_endorsement VARCHAR(2000),
    price_cents          BIGINT,
    units                VARCHAR(1000),
    credit_towards       VARCHAR(500),
    stacking             VARCHAR(2000),
    qa_statement         VARCHAR(2000),
    review_date          DATE,
    created_by           VARCHAR(60)   NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    updated_by           VARCHAR(60)   NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    submitted_at         TIMESTAMP,
    reviewer             VARCHAR(60),
    status_reason        VARCHAR(2000),
    status_changed_by    VARCHAR(60),
    status_changed_at    TIMESTAMP,
    endorsed_until       DATE,
    CONSTRAINT micro_credential_status_ck CHECK (status IN
        ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'ENDORSED', 'DECLINED', 'RETIRED'))
);
CREATE INDEX micro_credential_provider_ix ON micro_credential (provider_id, status);
CREATE INDEX micro_credential_status_ix ON micro_credential (status, submitted_at);

CREATE TABLE micro_credential_version (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    micro_credential_id  VARCHAR(36)   NOT NULL REFERENCES micro_credential (id),
    version_no           INTEGER       NOT NULL,
    title                VARCHAR(200),
    description          VARCHAR(4000),
    learning_outcomes    VARCHAR(4000),
    hours                INTEGER,
    delivery_mode        VARCHAR(20),
    cet_model            VARCHAR(30),
    work_based_format    VARCHAR(20),
    assessment           VARCHAR(2000),
    industry             VARCHAR(100),
    industry_endorsement VARCHAR(2000),
    price_cents          BIGINT,
    units                VARCHAR(1000),
    credit_towards       VARCHAR(500),
    stacking             VARCHAR(2000),
    qa_statement         VARCHAR(2000),
    review_date          DATE,
    submitted_by         VARCHAR(60)   NOT NULL,
    submitted_at         TIMESTAMP     NOT NULL,
    CONSTRAINT micro_credential_version_uq UNIQUE (micro_credential_id, version_no)
);

CREATE TABLE micro_credential_comment (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    micro_credential_id VARCHAR(36)   NOT NULL REFERENCES micro_credential (id),
    version_no          INTEGER       NOT NULL,
    section             VARCHAR(20)   NOT NULL,
    comment_text        VARCHAR(2000) NOT NULL,
    author              VARCHAR(60)   NOT NULL,
    written_at          TIMESTAMP     NOT NULL
);
CREATE INDEX micro_credential_comment_ix ON micro_credential_comment (micro_credential_id, version_no);

CREATE TABLE issued_credential (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    micro_credential_id VARCHAR(36)    NOT NULL REFERENCES micro_credential (id),
    provider_id         VARCHAR(36)    NOT NULL REFERENCES provider (id),
    usi                 VARCHAR(10)    NOT NULL,
    learner_name        VARCHAR(120)   NOT NULL,
    learner_username    VARCHAR(60),
    completed_on        DATE           NOT NULL,
    status_index        INTEGER        NOT NULL,
    issued_at           TIMESTAMP      NOT NULL,
    issued_by           VARCHAR(60)    NOT NULL,
    valid_until         TIMESTAMP,
    signed_jwt          VARCHAR(16000) NOT NULL,
    revoked_at          TIMESTAMP,
    revoked_by          VARCHAR(60),
    revoked_reason      VARCHAR(2000),
    CONSTRAINT issued_credential_status_index_uq UNIQUE (status_index),
    CONSTRAINT issued_credential_once_uq UNIQUE (micro_credential_id, usi)
);
CREATE INDEX issued_credential_provider_ix ON issued_credential (provider_id, issued_at);
CREATE INDEX issued_credential_learner_ix ON issued_credential (learner_username);

-- The next free entry of the one revocation status list, taken under a row lock.
CREATE TABLE credential_status_counter (
    list_id    VARCHAR(20) NOT NULL PRIMARY KEY,
    next_index INTEGER     NOT NULL
);
INSERT INTO credential_status_counter (list_id, next_index) VALUES ('revocation', 0);

-- The issuer key generated once when skillfund.credential.issuer-key is not configured.
CREATE TABLE credential_issuer_key (
    key_name   VARCHAR(20)   NOT NULL PRIMARY KEY,
    jwk        VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
