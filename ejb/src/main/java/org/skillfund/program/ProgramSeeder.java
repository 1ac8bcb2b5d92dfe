package org.skillfund.program;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.ProductType;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.eligibility.JobTrainer;
import org.skillfund.eligibility.StateEntitlement;
import org.skillfund.shared.AustralianState;

/**
 * Demo programs (only when {@code skillfund.demo-data=true}): a JobTrainer round with the real
 * state place targets of REFERENCE.md, budgets of about $4,000 a place split between full
 * qualifications and short courses, and a plausible price list; and a Victorian state entitlement
 * program. Each is added once.
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class ProgramSeeder {

  public static final String JOBTRAINER = "JT-2026";
  public static final String STATE_ENTITLEMENT = "SE-VIC-2027";

  /** JobTrainer Fund place targets by state (REFERENCE.md). */
  static final Map<AustralianState, Integer> JOBTRAINER_TARGETS =
      Map.of(
          AustralianState.NSW, 108_600,
          AustralianState.VIC, 88_900,
          AustralianState.QLD, 68_500,
          AustralianState.WA, 35_200,
          AustralianState.SA, 23_500,
          AustralianState.TAS, 7_100,
          AustralianState.ACT, 5_700,
          AustralianState.NT, 3_200);

  private static final long AVERAGE_PLACE_CENTS = 400_000;

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @Inject
  @ConfigProperty(name = "skillfund.demo-data", defaultValue = "true")
  boolean demoData;

  @PostConstruct
  void seed() {
    if (!demoData) {
      return;
    }
    List<TrainingProduct> current =
        em.createQuery(
                "SELECT p FROM TrainingProduct p WHERE p.status ="
                    + " org.skillfund.catalog.ProductStatus.CURRENT ORDER BY p.code",
                TrainingProduct.class)
            .getResultList();
    if (em.find(FundingProgram.class, JOBTRAINER) == null) {
      seedJobTrainer(current);
    }
    if (em.find(FundingProgram.class, STATE_ENTITLEMENT) == null) {
      seedStateEntitlement(current);
    }
  }

  private void seedJobTrainer(List<TrainingProduct> current) {
    Instant now = Instant.now();
    FundingProgram program =
        new FundingProgram(
            JOBTRAINER,
            "JobTrainer Fund 2026-27 (demo round)",
            JobTrainer.CODE,
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2027, 6, 30),
            FeeRule.FREE_TO_CERT_III_CAPPED_ABOVE,
            40_000,
            500_000_000,
            "system",
            now);
    program.addStream(new ProgramStream("QUALIFICATIONS", "Full qualifications"));
    program.addStream(new ProgramStream("SHORT_COURSES", "Skill sets and short courses"));
    List<ProgramCourse> courses = new ArrayList<>();
    List<CoursePrice> prices = new ArrayList<>();
    for (TrainingProduct p : current) {
      if (p.getJobTrainerPriorityStates().isEmpty()) {
        continue;
      }
      p.getJobTrainerPriorityStates().stream()
          .sorted()
          .forEach(s -> courses.add(new ProgramCourse(p.getCode(), s, true)));
      prices.add(priceOf(p));
    }
    List<PlaceTarget> targets = new ArrayList<>();
    JOBTRAINER_TARGETS.forEach((s, n) -> targets.add(new PlaceTarget(s, n)));
    program.offer(courses, prices, targets);
    em.persist(program);
    em.flush();
    long total = 0;
    for (Map.Entry<AustralianState, Integer> t : JOBTRAINER_TARGETS.entrySet()) {
      long money = t.getValue() * AVERAGE_PLACE_CENTS;
      long qualifications = money / 100 * 80;
      total += budget(program, t.getKey(), "QUALIFICATIONS", qualifications, now);
      total += budget(program, t.getKey(), "SHORT_COURSES", money - qualifications, now);
    }
    record(program, courses.size(), total);
  }

  private void seedStateEntitlement(List<TrainingProduct> current) {
    Instant now = Instant.now();
    FundingProgram program =
        new FundingProgram(
            STATE_ENTITLEMENT,
            "Victorian skills entitlement 2027 (demo)",
            StateEntitlement.CODE,
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2027, 12, 31),
            FeeRule.CAPPED,
            150_000,
            200_000_000,
            "system",
            now);
    program.addStream(new ProgramStream("GENERAL", "Government-subsidised training"));
    List<ProgramCourse> courses = new ArrayList<>();
    List<CoursePrice> prices = new ArrayList<>();
    for (TrainingProduct p : current) {
      if (p.getType() != ProductType.QUALIFICATION) {
        continue;
      }
      courses.add(
          new ProgramCourse(
              p.getCode(), AustralianState.VIC, p.isJobTrainerPriorityIn(AustralianState.VIC)));
      prices.add(priceOf(p));
    }
    program.offer(courses, prices, List.of(new PlaceTarget(AustralianState.VIC, 15_000)));
    em.persist(program);
    em.flush();
    long total = budget(program, AustralianState.VIC, "GENERAL", 15_000 * 450_000L, now);
    record(program, courses.size(), total);
  }

  private long budget(
      FundingProgram program, AustralianState state, String stream, long cents, Instant now) {
    BudgetKey key = new BudgetKey(program.getCode(), state, stream);
    em.persist(new ProgramBudget(key, cents));
    em.flush();
    em.persist(
        new BudgetChange(
            UUID.randomUUID().toString(),
            key,
            1,
            null,
            cents,
            "system",
            now,
            "Demo budget: about $4,000 a place of the state's target"));
    return cents;
  }

  /** A plausible subsidy by kind and level: 40% at commencement, 60% at completion. */
  static CoursePrice priceOf(TrainingProduct p) {
    long whole;
    if (p.getType() == ProductType.QUALIFICATION) {
      int level = p.getAqfLevel() == null ? 3 : p.getAqfLevel();
      whole =
          switch (level) {
            case 1, 2 -> 300_000;
            case 3 -> 500_000;
            case 4 -> 600_000;
            default -> 800_000;
          };
    } else if (p.getType() == ProductType.SKILL_SET) {
      whole = 100_000;
    } else {
      whole = 150_000;
    }
    return new CoursePrice(p.getCode(), whole / 10 * 4, whole - whole / 10 * 4);
  }

  private void record(FundingProgram program, int courses, long total) {
    audit.recordAs(
        new AuditRecord(
            "system",
            "",
            "PROGRAM_CREATED",
            "FundingProgram",
            program.getCode(),
            program.getName()
                + ": "
                + courses
                + " eligible course-state pairs, budgets totalling "
                + Money.format(total),
            "Demo data (skillfund.demo-data=true)",
            null));
  }
}
