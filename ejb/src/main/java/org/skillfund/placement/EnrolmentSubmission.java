package org.skillfund.placement;

/**
 * The answer to an enrolment request.
 *
 * @param enrolment the enrolment
 * @param created false when the same Idempotency-Key had already made it (a replay)
 */
public record EnrolmentSubmission(Enrolment enrolment, boolean created) {}
