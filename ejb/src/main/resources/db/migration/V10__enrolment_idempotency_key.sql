-- A provider's client may send an Idempotency-Key with an enrolment; a retry with the same key (after
-- a lost answer or a crashed server) answers the enrolment made the first time instead of a second one.
ALTER TABLE enrolment ADD COLUMN idempotency_key VARCHAR(100);
CREATE UNIQUE INDEX enrolment_idempotency_uq ON enrolment (provider_id, idempotency_key);
