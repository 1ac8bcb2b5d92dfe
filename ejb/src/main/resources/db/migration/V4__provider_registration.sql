-- Provider registration (issue 5): the provider's status history fields and approved scope, its
-- application versions with assessment and decision, evidence files, and conflict declarations.
-- Runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE provider ADD COLUMN current_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE provider ADD COLUMN status_reason VARCHAR(2000);
ALTER TABLE provider ADD COLUMN status_effective DATE;
ALTER TABLE provider ADD COLUMN status_changed_at TIMESTAMP;
ALTER TABLE provider ADD COLUMN status_changed_by VARCHAR(60);
ALTER TABLE provider ADD COLUMN last_submitted_at TIMESTAMP;
CREATE INDEX provider_queue_ix ON provider (status, last_submitted_at);
ALTER TABLE provider ADD CONSTRAINT provider_status_ck CHECK (status IN
    ('DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REVOKED'));

CREATE TABLE provider_scope (
    provider_id       VARCHAR(36) NOT NULL REFERENCES provider (id),
    product_code      VARCHAR(12) NOT NULL REFERENCES training_product (code),
    cet_model         VARCHAR(30) NOT NULL,
    work_based_format VARCHAR(20),
    approved_at       TIMESTAMP   NOT NULL,
    PRIMARY KEY (provider_id, product_code)
);

CREATE TABLE provider_application (
    id                         VARCHAR(36)   NOT NULL PRIMARY KEY,
    provider_id                VARCHAR(36)   NOT NULL REFERENCES provider (id),
    version_no                 INTEGER       NOT NULL,
    legal_name                 VARCHAR(200),
    abn                        VARCHAR(11),
    rto_code                   VARCHAR(5),
    contact_name               VARCHAR(120),
    contact_email              VARCHAR(254),
    contact_phone              VARCHAR(20),
    delivery_states            VARCHAR(40)   NOT NULL,
    created_at                 TIMESTAMP     NOT NULL,
    created_by                 VARCHAR(60)   NOT NULL,
    updated_at                 TIMESTAMP     NOT NULL,
    updated_by                 VARCHAR(60)   NOT NULL,
    submitted_at               TIMESTAMP,
    submitted_by               VARCHAR(60),
    picked_up_by               VARCHAR(60),
    picked_up_at               TIMESTAMP,
    check_registration_current BOOLEAN,
    check_scope_verified       BOOLEAN,
    check_financially_viable   BOOLEAN,
    check_compliance_clear     BOOLEAN,
    check_conflicts_declared   BOOLEAN,
    risk_rating                VARCHAR(10),
    risk_reasons               VARCHAR(2000),
    assessed_by                VARCHAR(60),
    assessed_at                TIMESTAMP,
    decision                   VARCHAR(10),
    decision_reason            VARCHAR(2000),
    decided_by                 VARCHAR(60),
    decided_at                 TIMESTAMP,
    CONSTRAINT provider_application_version_uq UNIQUE (provider_id, version_no),
    CONSTRAINT provider_application_risk_ck CHECK (risk_rating IS NULL OR risk_rating IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT provider_application_decision_ck CHECK (decision IS NULL OR decision IN ('APPROVED', 'REJECTED', 'RETURNED'))
);
CREATE INDEX provider_application_queue_ix ON provider_application (submitted_at);

CREATE TABLE provider_application_product (
    application_id      VARCHAR(36)   NOT NULL REFERENCES provider_application (id),
    product_order       INTEGER       NOT NULL,
    product_code        VARCHAR(12)   NOT NULL REFERENCES training_product (code),
    cet_model           VARCHAR(30)   NOT NULL,
    work_based_format   VARCHAR(20),
    recommended         BOOLEAN,
    recommendation_note VARCHAR(1000),
    approved            BOOLEAN,
    PRIMARY KEY (application_id, product_order)
);

CREATE TABLE provider_evidence_content (
    id      VARCHAR(36) NOT NULL PRIMARY KEY,
    content BYTEA       NOT NULL
);

CREATE TABLE provider_evidence (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    application_id VARCHAR(36)  NOT NULL REFERENCES provider_application (id),
    provider_id    VARCHAR(36)  NOT NULL REFERENCES provider (id),
    content_id     VARCHAR(36)  NOT NULL REFERENCES provider_evidence_content (id),
    file_name      VARCHAR(200) NOT NULL,
    media_type     VARCHAR(40)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    uploaded_by    VARCHAR(60)  NOT NULL,
    uploaded_at    TIMESTAMP    NOT NULL,
    CONSTRAINT provider_evidence_size_ck CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    CONSTRAINT provider_evidence_type_ck CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg'))
);
CREATE INDEX provider_evidence_application_ix ON provider_evidence (application_id);

CREATE TABLE conflict_declaration (
    provider_id VARCHAR(36)   NOT NULL REFERENCES provider (id),
    username    VARCHAR(60)   NOT NULL REFERENCES user_account (username),
    declared_at TIMESTAMP     NOT NULL,
    note        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (provider_id, username)
);
