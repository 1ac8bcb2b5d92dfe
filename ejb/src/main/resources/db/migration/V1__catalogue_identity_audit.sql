-- Skillfund schema, version 1: training product catalogue, providers, users and roles, audit trail.
-- Runs unchanged on H2 2.x and PostgreSQL 15.

CREATE TABLE training_product (
    code          VARCHAR(12)  NOT NULL PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    product_type  VARCHAR(20)  NOT NULL,
    aqf_level     INTEGER,
    status        VARCHAR(12)  NOT NULL,
    superseded_by VARCHAR(12),
    industry_area VARCHAR(80)  NOT NULL,
    CONSTRAINT training_product_type_ck CHECK (product_type IN ('QUALIFICATION', 'SKILL_SET', 'UNIT', 'ACCREDITED_COURSE')),
    CONSTRAINT training_product_status_ck CHECK (status IN ('CURRENT', 'SUPERSEDED', 'DELETED')),
    CONSTRAINT training_product_aqf_ck CHECK (aqf_level BETWEEN 1 AND 10),
    CONSTRAINT training_product_successor_ck CHECK ((status = 'SUPERSEDED') = (superseded_by IS NOT NULL))
);
CREATE INDEX training_product_title_ix ON training_product (title);
CREATE INDEX training_product_superseded_by_ix ON training_product (superseded_by);

CREATE TABLE training_product_priority (
    product_code VARCHAR(12) NOT NULL REFERENCES training_product (code),
    state        VARCHAR(3)  NOT NULL,
    PRIMARY KEY (product_code, state),
    CONSTRAINT training_product_priority_state_ck CHECK (state IN ('NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT'))
);

CREATE TABLE reference_import (
    resource    VARCHAR(200) NOT NULL PRIMARY KEY,
    sha256      VARCHAR(64)  NOT NULL,
    imported_at TIMESTAMP    NOT NULL
);

CREATE TABLE provider (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    legal_name VARCHAR(200) NOT NULL,
    abn        VARCHAR(11)  NOT NULL UNIQUE,
    rto_code   VARCHAR(5)   UNIQUE,
    status     VARCHAR(20)  NOT NULL
);

CREATE TABLE user_account (
    username      VARCHAR(60)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(120) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    provider_id   VARCHAR(36)  REFERENCES provider (id),
    enabled       BOOLEAN      NOT NULL
);

CREATE TABLE user_role (
    username VARCHAR(60) NOT NULL REFERENCES user_account (username),
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role)
);

-- Append-only: the application only ever inserts; seq is assigned under a lock on audit_chain_head.
CREATE TABLE audit_event (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(120)  NOT NULL,
    actor_roles   VARCHAR(200)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    entity_type   VARCHAR(60)   NOT NULL,
    entity_id     VARCHAR(120),
    summary       VARCHAR(2000) NOT NULL,
    reason        VARCHAR(2000),
    rule_version  VARCHAR(60),
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL UNIQUE
);
CREATE INDEX audit_event_actor_ix ON audit_event (actor);
CREATE INDEX audit_event_action_ix ON audit_event (action);

CREATE TABLE audit_chain_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_single_ck CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
