package org.skillfund.eligibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An eligibility check as a client sends it. Every field is read as text and converted by the
 * resource, so that each bad value is named in one 400 answer.
 *
 * @param programCode JOBTRAINER or STATE_ENTITLEMENT
 * @param state NSW, VIC, QLD, WA, SA, TAS, ACT or NT
 * @param courseCode the course's national code, e.g. CHC33021
 * @param courseStartDate ISO date, e.g. 2021-03-01
 * @param learner the learner's facts
 */
@Schema(name = "EligibilityCheckRequest")
public record CheckRequest(
    String programCode, String state, String courseCode, String courseStartDate, Learner learner) {

  /**
   * The learner's facts.
   *
   * @param dateOfBirth ISO date
   * @param residency CITIZEN, PERMANENT_RESIDENT, NZ_CITIZEN, HUMANITARIAN_VISA, PR_PATHWAY_VISA or
   *     TEMPORARY_VISA
   * @param employmentStatus EMPLOYED, UNDEREMPLOYED, UNEMPLOYED, INCOME_SUPPORT,
   *     EXPECTING_UNEMPLOYMENT or NOT_IN_LABOUR_FORCE
   * @param schoolStudent whether they are still at school
   * @param usi optional Unique Student Identifier
   * @param highestAqfLevelHeld optional AQF level 1 to 10 of the highest qualification held
   */
  public record Learner(
      String dateOfBirth,
      String residency,
      String employmentStatus,
      Boolean schoolStudent,
      String usi,
      Integer highestAqfLevelHeld) {}
}
