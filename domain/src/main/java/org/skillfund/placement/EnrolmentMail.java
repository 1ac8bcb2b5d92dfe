package org.skillfund.placement;

import java.time.LocalDate;
import org.skillfund.catalog.TrainingProduct;

/**
 * The mail that asks a learner to confirm an enrolment, with its one-time link: the same words
 * whether the provider enrolled one learner or a file of them.
 */
public final class EnrolmentMail {

  private EnrolmentMail() {}

  /** The subject line. */
  public static String subject(TrainingProduct course) {
    return "Please confirm your enrolment in " + course.getCode();
  }

  /**
   * The text, greeting the learner and naming the course, its start and the link.
   *
   * @param publicUrl the application's public address (with or without a trailing slash)
   * @param token the link's random token (only its SHA-256 is stored)
   */
  public static String body(
      String givenName,
      TrainingProduct course,
      LocalDate startDate,
      String publicUrl,
      String token) {
    return "Hello "
        + givenName
        + ",\n\nA training provider enrolled you in "
        + course.getCode()
        + " "
        + course.getTitle()
        + ", starting "
        + startDate
        + ", in a government-funded place.\n\nPlease sign in to Skillfund and tell us whether"
        + " this is right (the link works once, for "
        + EnrolmentLink.VALID_FOR.toDays()
        + " days):\n"
        + publicUrl
        + (publicUrl.endsWith("/") ? "" : "/")
        + "confirm-enrolment.xhtml?token="
        + token
        + "\n\nIf you did not enrol, say so on that page: the provider cannot be paid for"
        + " this place until you confirm.\n";
  }
}
