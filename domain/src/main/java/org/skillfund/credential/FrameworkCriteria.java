package org.skillfund.credential;

import java.util.ArrayList;
import java.util.List;

/**
 * The National Microcredentials Framework (2022) minimum criteria, checked before submission and
 * shown to the endorser: learning outcomes stated, at least one hour of learning, assessed, quality
 * assured, and smaller than an AQF award.
 */
public final class FrameworkCriteria {

  /**
   * The smallest AQF award, a Certificate I, has a volume of learning of 0.5 to 1 year; at the
   * AQF's 1,200 notional hours a year that is 600 hours, so a micro-credential must be shorter (AQF
   * Volume of Learning explanation, 2014).
   */
  public static final int SMALLEST_AQF_AWARD_HOURS = 600;

  /**
   * One criterion's outcome.
   *
   * @param id a stable key (also the field it concerns)
   * @param title the criterion in plain words
   * @param met whether the micro-credential meets it
   * @param explanation why, in plain words
   */
  public record Criterion(String id, String title, boolean met, String explanation)
      implements java.io.Serializable {}

  private FrameworkCriteria() {}

  /** Every criterion's outcome, met or not, in the framework's order. */
  public static List<Criterion> check(MicroCredentialContent c) {
    List<Criterion> out = new ArrayList<>();
    int outcomes = c.getLearningOutcomes().size();
    out.add(
        new Criterion(
            "learningOutcomes",
            "Learning outcomes are stated",
            outcomes > 0,
            outcomes > 0
                ? outcomes + " learning outcome" + (outcomes == 1 ? " is" : "s are") + " stated."
                : "No learning outcomes are stated; list what a learner will be able to do."));
    Integer hours = c.getHours();
    out.add(
        new Criterion(
            "hours",
            "At least one hour of learning",
            hours != null && hours >= 1,
            hours == null
                ? "The volume of learning is missing; give it in hours."
                : hours >= 1
                    ? hours + " hours of learning."
                    : hours + " hours is less than the one hour the framework requires."));
    boolean assessed = notBlank(c.getAssessment());
    out.add(
        new Criterion(
            "assessment",
            "Learning is assessed",
            assessed,
            assessed
                ? "The assessment method is described."
                : "No assessment is described; say how learners are assessed."));
    boolean qa = notBlank(c.getQaStatement());
    out.add(
        new Criterion(
            "qaStatement",
            "Quality is assured",
            qa,
            qa
                ? "A quality-assurance statement is given."
                : "No quality-assurance statement is given; say how quality is assured."));
    boolean smaller = hours == null || hours < SMALLEST_AQF_AWARD_HOURS;
    out.add(
        new Criterion(
            "hours",
            "Smaller than an AQF award",
            smaller,
            smaller
                ? "Shorter than the smallest AQF award (a Certificate I, about "
                    + SMALLEST_AQF_AWARD_HOURS
                    + " hours)."
                : hours
                    + " hours is as large as an AQF award (a Certificate I is about "
                    + SMALLEST_AQF_AWARD_HOURS
                    + " hours); a micro-credential must be smaller."));
    return out;
  }

  /** Only the criteria not met. */
  public static List<Criterion> failures(MicroCredentialContent c) {
    return check(c).stream().filter(x -> !x.met()).toList();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
