package org.skillfund.placement;

import java.time.LocalDate;

/**
 * Who a provider enrols, as they give it.
 *
 * @param usi the learner's Unique Student Identifier
 * @param givenName given name
 * @param familyName family name
 * @param dateOfBirth date of birth
 * @param email where the confirmation link goes
 */
public record LearnerIdentity(
    String usi, String givenName, String familyName, LocalDate dateOfBirth, String email) {}
