package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.SchemeDate;

/**
 * The JobTrainer Fund's eligibility rules (../shared/domain/REFERENCE.md): age or job seeker, with
 * the state variations and the any-age care and digital courses; residency; no school students; a
 * priority course of the state; the enrolment window; one JobTrainer qualification at a time; and
 * the fee cap.
 */
public final class JobTrainer implements Program {

  public static final String CODE = "JOBTRAINER";
  public static final JobTrainer PROGRAM = new JobTrainer();

  private static final String GUIDELINES = "JobTrainer Fund";

  /** The parameters of the first version, as the scheme started in August 2020. */
  public static RuleParameters initialParameters() {
    return RuleParameters.of(
        new RuleParameters.Parameter("window.opens", "2020-08-01", GUIDELINES + ", enrolments"),
        new RuleParameters.Parameter("window.closes", "2022-12-31", GUIDELINES + ", enrolments"),
        new RuleParameters.Parameter("age.min", "17", GUIDELINES + ", eligible learners"),
        new RuleParameters.Parameter("age.max", "24", GUIDELINES + ", eligible learners"),
        new RuleParameters.Parameter(
            "age.qld.min", "16", "Queensland JobTrainer variation, from 1 October 2021"),
        new RuleParameters.Parameter(
            "age.qld.from", "2021-10-01", "Queensland JobTrainer variation, from 1 October 2021"),
        new RuleParameters.Parameter(
            "jobseeker.statuses",
            "UNEMPLOYED,INCOME_SUPPORT,EXPECTING_UNEMPLOYMENT",
            GUIDELINES + ", job seekers"),
        new RuleParameters.Parameter(
            "jobseeker.tas.extra", "UNDEREMPLOYED", "Tasmania JobTrainer variation"),
        new RuleParameters.Parameter(
            "anyAge.areas",
            "Aged care,Child care,Disability care,Digital",
            GUIDELINES + " extension, courses open to any age from 1 October 2021"),
        new RuleParameters.Parameter(
            "anyAge.from", "2021-10-01", GUIDELINES + " extension, from 1 October 2021"),
        new RuleParameters.Parameter(
            "residency.eligible",
            "CITIZEN,PERMANENT_RESIDENT,NZ_CITIZEN,HUMANITARIAN_VISA,PR_PATHWAY_VISA",
            GUIDELINES + ", residency"),
        new RuleParameters.Parameter(
            "skillSetAlongside.states", "VIC", "Victoria JobTrainer variation"),
        new RuleParameters.Parameter("fee.freeUpToAqf", "3", GUIDELINES + ", student fees"),
        new RuleParameters.Parameter("fee.capCents", "40000", GUIDELINES + ", student fees"));
  }

  private static final Map<String, ParameterKind> KINDS =
      Map.ofEntries(
          Map.entry("window.opens", ParameterKind.date()),
          Map.entry("window.closes", ParameterKind.date()),
          Map.entry("age.min", ParameterKind.wholeNumber(0, 120)),
          Map.entry("age.max", ParameterKind.wholeNumber(0, 120)),
          Map.entry("age.qld.min", ParameterKind.wholeNumber(0, 120)),
          Map.entry("age.qld.from", ParameterKind.date()),
          Map.entry("jobseeker.statuses", ParameterKind.listOf(EmploymentStatus.class)),
          Map.entry("jobseeker.tas.extra", ParameterKind.listOf(EmploymentStatus.class)),
          Map.entry("anyAge.areas", ParameterKind.textList()),
          Map.entry("anyAge.from", ParameterKind.date()),
          Map.entry("residency.eligible", ParameterKind.listOf(Residency.class)),
          Map.entry("skillSetAlongside.states", ParameterKind.listOf(AustralianState.class)),
          Map.entry("fee.freeUpToAqf", ParameterKind.wholeNumber(0, 10)),
          Map.entry("fee.capCents", ParameterKind.cents()));

  private JobTrainer() {}

  @Override
  public Map<String, ParameterKind> parameterKinds() {
    return KINDS;
  }

  @Override
  public List<Map.Entry<String, String>> relationProblems(RuleParameters p) {
    List<Map.Entry<String, String>> problems = new ArrayList<>();
    if (p.date("window.closes").isBefore(p.date("window.opens"))) {
      problems.add(Map.entry("window.closes", "must not be before window.opens"));
    }
    if (p.integer("age.max") < p.integer("age.min")) {
      problems.add(Map.entry("age.max", "must not be below age.min"));
    }
    if (p.integer("age.max") < p.integer("age.qld.min")) {
      problems.add(Map.entry("age.max", "must not be below age.qld.min"));
    }
    return problems;
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
    Integer level = c.course().aqfLevel();
    return level == null || level <= p.integer("fee.freeUpToAqf") ? 0 : p.cents("fee.capCents");
  }

  private static final List<Rule> RULES =
      List.of(
          new EnrolmentWindow(),
          new AgeOrJobSeeker(),
          new CommonRules.ResidencyRule(
              "JT-RESIDENCY",
              "You live in Australia for good, or are on the way to",
              "JobTrainer Fund: residency (citizen, permanent resident, New Zealand citizen,"
                  + " humanitarian visa, visa on a pathway to permanent residency)",
              "; JobTrainer needs an Australian or New Zealand citizen, a permanent resident, a"
                  + " humanitarian visa holder or a visa on a pathway to permanent residency."),
          new CommonRules.NotAtSchool(
              "JT-SCHOOL",
              "JobTrainer Fund: school students are not eligible",
              "You are a school student; JobTrainer places are for people who have left school."),
          new PriorityCourse(),
          new OneAtATime());

  static final class EnrolmentWindow implements Rule {
    @Override
    public String id() {
      return "JT-WINDOW";
    }

    @Override
    public String title() {
      return "The course starts while JobTrainer enrolments are open";
    }

    @Override
    public String reference() {
      return "JobTrainer Fund: enrolments from August 2020 to 31 December 2022";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      LocalDate opens = p.date("window.opens");
      LocalDate closes = p.date("window.closes");
      LocalDate start = c.courseStartDate();
      boolean open = !start.isBefore(opens) && !start.isAfter(closes);
      return outcome(
          open,
          "Your course starts on "
              + SchemeDate.inWords(start)
              + "; JobTrainer enrolments run from "
              + SchemeDate.inWords(opens)
              + " to "
              + SchemeDate.inWords(closes)
              + ".");
    }
  }

  static final class AgeOrJobSeeker implements Rule {
    @Override
    public String id() {
      return "JT-AGE";
    }

    @Override
    public String title() {
      return "You are a young person or a job seeker, or the course is open to any age";
    }

    @Override
    public String reference() {
      return "JobTrainer Fund: eligible learners aged 17-24 or job seekers; Queensland 16-24 from 1 October 2021; Tasmania counts the underemployed; any age for aged care, child care, disability care and digital courses from 1 October 2021";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      LocalDate start = c.courseStartDate();
      int age = c.learner().ageOn(start);
      int min =
          c.state() == AustralianState.QLD && !start.isBefore(p.date("age.qld.from"))
              ? p.integer("age.qld.min")
              : p.integer("age.min");
      int max = p.integer("age.max");
      Set<String> jobSeeker = jobSeekerStatuses(c.state(), p);
      boolean young = age >= min && age <= max;
      boolean seeker = jobSeeker.contains(c.learner().employmentStatus().name());
      boolean anyAge =
          !start.isBefore(p.date("anyAge.from"))
              && p.set("anyAge.areas").contains(c.course().industryArea());
      String facts =
          "You are "
              + age
              + " on "
              + SchemeDate.inWords(start)
              + " and "
              + c.learner().employmentStatus().words()
              + ". ";
      if (young) {
        return outcome(true, facts + "Learners aged " + min + " to " + max + " are eligible.");
      }
      if (seeker) {
        return outcome(true, facts + "Job seekers of any age are eligible.");
      }
      if (anyAge) {
        return outcome(
            true,
            facts
                + "Courses in "
                + c.course().industryArea().toLowerCase(Locale.ROOT)
                + " are open to any age from "
                + SchemeDate.inWords(p.date("anyAge.from"))
                + ".");
      }
      return outcome(
          false,
          facts
              + "The rule needs an age of "
              + min
              + " to "
              + max
              + " on the course start date, or a job seeker ("
              + jobSeeker.stream()
                  .map(s -> EmploymentStatus.valueOf(s).words())
                  .sorted()
                  .collect(Collectors.joining(", "))
              + "). You would be eligible for a course in "
              + String.join(", ", p.set("anyAge.areas").stream().sorted().toList())
                  .toLowerCase(Locale.ROOT)
              + " starting on or after "
              + SchemeDate.inWords(p.date("anyAge.from"))
              + ".");
    }

    @Override
    public Optional<Remedy> remedy(EligibilityCase c, RuleParameters p) {
      Set<String> jobSeeker = jobSeekerStatuses(c.state(), p);
      List<EmploymentStatus> statuses =
          Arrays.stream(EmploymentStatus.values())
              .filter(s -> jobSeeker.contains(s.name()))
              .toList();
      if (statuses.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Remedy(
              "If you were "
                  + Words.either(statuses.stream().map(EmploymentStatus::words).toList())
                  + " when the course starts, you would meet this rule as a job seeker.",
              Cases.withLearner(c, Cases.learner(c).employmentStatus(statuses.get(0)))));
    }

    private static Set<String> jobSeekerStatuses(AustralianState state, RuleParameters p) {
      Set<String> statuses = new HashSet<>(p.set("jobseeker.statuses"));
      if (state == AustralianState.TAS) {
        statuses.addAll(p.set("jobseeker.tas.extra"));
      }
      return statuses;
    }
  }

  static final class PriorityCourse implements Rule {
    @Override
    public String id() {
      return "JT-COURSE";
    }

    @Override
    public String title() {
      return "The course is on the state's JobTrainer priority list";
    }

    @Override
    public String reference() {
      return "JobTrainer Fund: courses on the state's priority list in areas of skills need";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      boolean listed = c.course().jobTrainerPriorityStates().contains(c.state());
      return outcome(
          listed,
          c.course().code()
              + (listed ? " is" : " is not")
              + " on the "
              + c.state().fullName()
              + " JobTrainer priority list.");
    }
  }

  static final class OneAtATime implements Rule {
    /** A JobTrainer start still going on the course start date that this course cannot join. */
    private static Predicate<FundedStart> clashes(EligibilityCase c, RuleParameters p) {
      boolean skillSetAlongside =
          !c.course().isQualification()
              && p.set("skillSetAlongside.states").contains(c.state().name());
      return s ->
          s.programCode().equals(CODE)
              && s.isActiveOn(c.courseStartDate())
              && (!skillSetAlongside || !s.qualification());
    }

    @Override
    public Optional<Remedy> remedy(EligibilityCase c, RuleParameters p) {
      return Optional.of(
          new Remedy(
              "Once your current JobTrainer course has ended, you could start this one.",
              Cases.endingStarts(c, clashes(c, p))));
    }

    @Override
    public String id() {
      return "JT-ONE";
    }

    @Override
    public String title() {
      return "You hold no other JobTrainer place at the same time";
    }

    @Override
    public String reference() {
      return "JobTrainer Fund: one JobTrainer qualification at a time (Victoria: one skill set alongside)";
    }

    @Override
    public RuleOutcome evaluate(EligibilityCase c, RuleParameters p) {
      List<FundedStart> clashing = c.fundedStarts().stream().filter(clashes(c, p)).toList();
      if (clashing.isEmpty()) {
        return outcome(true, "You have no other JobTrainer course going on that day.");
      }
      return outcome(
          false,
          "You are still enrolled in "
              + clashing.get(0).courseCode()
              + " under JobTrainer on "
              + SchemeDate.inWords(c.courseStartDate())
              + "; JobTrainer funds one course at a time"
              + (p.set("skillSetAlongside.states").isEmpty()
                  ? "."
                  : " (in "
                      + String.join(
                          ", ", p.set("skillSetAlongside.states").stream().sorted().toList())
                      + ", one skill set may run alongside a qualification)."));
    }
  }
}
