package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.skillfund.shared.SchemeDate;

/**
 * A state entitlement program in the style of Skills First (../shared/domain/REFERENCE.md): under
 * 20 on 1 January, or upskilling; two qualification starts and two skill-set starts a year; two at
 * a time; two funded starts at the same AQF level in a lifetime.
 */
public final class StateEntitlement implements Program {

  public static final String CODE = "STATE_ENTITLEMENT";
  public static final StateEntitlement PROGRAM = new StateEntitlement();

  private static final String GUIDE =
      "State entitlement (Skills First style) eligibility guidelines";

  public static RuleParameters initialParameters() {
    return RuleParameters.of(
        new RuleParameters.Parameter("youngAge.under", "20", GUIDE + ": under 20 on 1 January"),
        new RuleParameters.Parameter(
            "residency.eligible",
            "CITIZEN,PERMANENT_RESIDENT,NZ_CITIZEN,HUMANITARIAN_VISA",
            GUIDE + ": residency"),
        new RuleParameters.Parameter(
            "starts.qualificationsPerYear", "2", GUIDE + ": commencements per calendar year"),
        new RuleParameters.Parameter(
            "starts.skillSetsPerYear", "2", GUIDE + ": commencements per calendar year"),
        new RuleParameters.Parameter("starts.concurrent", "2", GUIDE + ": concurrent enrolments"),
        new RuleParameters.Parameter(
            "starts.sameLevelLifetime", "2", GUIDE + ": funded starts at the same AQF level"),
        new RuleParameters.Parameter("fee.capCents", "0", GUIDE + ": tuition fee (illustrative)"));
  }

  private static final Map<String, ParameterKind> KINDS =
      Map.of(
          "youngAge.under", ParameterKind.wholeNumber(0, 120),
          "residency.eligible", ParameterKind.listOf(Residency.class),
          "starts.qualificationsPerYear", ParameterKind.wholeNumber(0, 20),
          "starts.skillSetsPerYear", ParameterKind.wholeNumber(0, 20),
          "starts.concurrent", ParameterKind.wholeNumber(0, 20),
          "starts.sameLevelLifetime", ParameterKind.wholeNumber(0, 20),
          "fee.capCents", ParameterKind.cents());

  private StateEntitlement() {}

  @Override
  public Map<String, ParameterKind> parameterKinds() {
    return KINDS;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public long maxStudentFeeCents(EligibilityCase c, RuleParameters p) {
    return p.cents("fee.capCents");
  }

  private static final List<Rule> RULES =
      List.of(
          new YoungOrUpskilling(),
          new CommonRules.ResidencyRule(
              "SE-RESIDENCY",
              "You are an Australian or New Zealand citizen, a permanent resident or a"
                  + " humanitarian visa holder",
              GUIDE + ": residency",
              ", which this program does not fund."),
          new CommonRules.NotAtSchool(
              "SE-SCHOOL",
              GUIDE + ": school students are funded through their school",
              "You are a school student; your school arranges funded training while you are"
                  + " there."),
          new AnnualStarts(),
          new Concurrent(),
          new SameLevelLifetime());

  private static List<FundedStart> fundedUnderThisProgram(
      EligibilityCase c, Predicate<FundedStart> which) {
    return c.fundedStarts().stream()
        .filter(s -> s.programCode().equals(CODE))
        .filter(which)
        .toList();
  }

  static final class YoungOrUpskilling implements Rule {
    @Override
    public String id() {
      return "SE-UPSKILL";
    }

    @Override
    public String title() {
      return "You are under 20, or the course is a step up from your highest qualification";
    }

    @Override
    public String reference() {
      return GUIDE + ": under 20 on 1 January of the year, or the upskilling rule";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      LocalDate firstOfJanuary = c.courseStartDate().withDayOfYear(1);
      int age = c.learner().ageOn(firstOfJanuary);
      int under = p.integer("youngAge.under");
      if (age < under) {
        return outcome(
            true,
            "You were "
                + age
                + " on "
                + SchemeDate.inWords(firstOfJanuary)
                + ": under "
                + under
                + ", so any level is open to you.");
      }
      if (!c.course().isQualification()) {
        return outcome(
            true,
            c.course().code() + " is not a qualification, so the upskilling rule does not apply.");
      }
      int held = c.learner().highestAqfLevelHeld() == null ? 0 : c.learner().highestAqfLevelHeld();
      int level = c.course().aqfLevel();
      boolean higher = level > held;
      String heldWords = held == 0 ? "no qualification" : "a qualification at AQF level " + held;
      return outcome(
          higher,
          "You were "
              + age
              + " on "
              + SchemeDate.inWords(firstOfJanuary)
              + " and hold "
              + heldWords
              + "; "
              + c.course().code()
              + " is at AQF level "
              + level
              + (higher
                  ? ", a step up."
                  : ". From age "
                      + under
                      + " only a higher level than the one you hold is funded:"
                      + " you would be eligible for a course at AQF level "
                      + (held + 1)
                      + " or above."));
    }
  }

  static final class AnnualStarts implements Rule {
    @Override
    public String id() {
      return "SE-YEAR";
    }

    @Override
    public String title() {
      return "You have funded starts left this calendar year";
    }

    @Override
    public String reference() {
      return GUIDE + ": at most 2 qualification and 2 skill-set commencements per calendar year";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      boolean qualification = c.course().isQualification();
      int year = c.courseStartDate().getYear();
      int limit =
          qualification
              ? p.integer("starts.qualificationsPerYear")
              : p.integer("starts.skillSetsPerYear");
      long used =
          fundedUnderThisProgram(
                  c, s -> s.startDate().getYear() == year && s.qualification() == qualification)
              .size();
      String kind = qualification ? "qualification" : "skill-set";
      return outcome(
          used < limit,
          "You have started "
              + used
              + " funded "
              + kind
              + (used == 1 ? "" : "s")
              + " in "
              + year
              + "; the limit is "
              + limit
              + " a year.");
    }
  }

  static final class Concurrent implements Rule {
    @Override
    public String id() {
      return "SE-CONCURRENT";
    }

    @Override
    public String title() {
      return "You are not already in the most funded courses at once";
    }

    @Override
    public String reference() {
      return GUIDE + ": at most 2 funded enrolments at the same time";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      int limit = p.integer("starts.concurrent");
      long active = fundedUnderThisProgram(c, s -> s.isActiveOn(c.courseStartDate())).size();
      return outcome(
          active < limit,
          "On "
              + SchemeDate.inWords(c.courseStartDate())
              + " you are in "
              + active
              + " funded course"
              + (active == 1 ? "" : "s")
              + "; at most "
              + limit
              + " may run at once.");
    }

    @Override
    public Optional<Remedy> remedy(EligibilityCase c, RuleParameters p) {
      return Optional.of(
          new Remedy(
              "Once your current funded courses under this program have ended, you would meet"
                  + " this rule.",
              Cases.endingStarts(
                  c, s -> s.programCode().equals(CODE) && s.isActiveOn(c.courseStartDate()))));
    }
  }

  static final class SameLevelLifetime implements Rule {
    @Override
    public String id() {
      return "SE-LEVEL";
    }

    @Override
    public String title() {
      return "You have not used up your funded starts at this AQF level";
    }

    @Override
    public String reference() {
      return GUIDE + ": at most 2 funded commencements at the same AQF level in a lifetime";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      Integer level = c.course().aqfLevel();
      if (level == null) {
        return outcome(
            true, c.course().code() + " has no AQF level, so this limit does not apply.");
      }
      int limit = p.integer("starts.sameLevelLifetime");
      long used = fundedUnderThisProgram(c, s -> level.equals(s.aqfLevel())).size();
      return outcome(
          used < limit,
          "You have had "
              + used
              + " funded start"
              + (used == 1 ? "" : "s")
              + " at AQF level "
              + level
              + "; the lifetime limit is "
              + limit
              + ".");
    }
  }
}
