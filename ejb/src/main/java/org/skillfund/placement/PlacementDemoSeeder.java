package org.skillfund.placement;

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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;
import org.skillfund.identity.UserAccount;
import org.skillfund.program.FundingProgram;
import org.skillfund.program.ProgramSeeder;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.WorkBasedFormat;
import org.skillfund.shared.AustralianState;

/**
 * Demo delegation limits and place applications (only when {@code skillfund.demo-data=true}), so a
 * fresh run shows the officers' queue and a dashboard with a commitment: provider A holds a partly
 * approved JobTrainer application, provider B has one waiting for assessment. Each is added once.
 */
@Singleton
@Startup
@DependsOn("ProgramSeeder")
public class PlacementDemoSeeder {

  static final String PROVIDER_A = "00000000-0000-4000-8000-00000000000a";
  static final String PROVIDER_B = "00000000-0000-4000-8000-00000000000b";
  static final String APPLICATION_A = "00000000-0000-4000-8000-0000000006a1";
  static final String APPLICATION_B = "00000000-0000-4000-8000-0000000006b1";

  /** Allocations of APPLICATION_A, one per line: the prefix and the line number. */
  static final String ALLOCATION_A_PREFIX = "00000000-0000-4000-8000-0000000007a";

  /** Demo delegates' limits for one approval, in cents. */
  static final Map<String, Long> LIMITS =
      Map.of("delegate", 50_000_000L, "delegate-2", 500_000_000L, "senior", 20_000_000L);

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
    Instant now = Instant.now();
    LIMITS.forEach(
        (user, cents) -> {
          if (em.find(UserAccount.class, user) != null
              && em.find(DelegationLimit.class, user) == null) {
            em.persist(new DelegationLimit(user, cents, "system", now));
          }
        });
    FundingProgram jobTrainer = em.find(FundingProgram.class, ProgramSeeder.JOBTRAINER);
    if (jobTrainer == null || em.find(PlaceApplication.class, APPLICATION_A) != null) {
      return;
    }
    PlaceApplication a =
        application(
            APPLICATION_A,
            jobTrainer,
            PROVIDER_A,
            "provider-a",
            List.of(
                line(jobTrainer, "CHC33021", AustralianState.NSW, 40, "Parramatta and Penrith"),
                line(jobTrainer, "CHC43015", AustralianState.VIC, 20, "Footscray")),
            now);
    Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      scores.put(c, 4);
    }
    a.assess(
        scores,
        List.of(40, 15),
        "Strong aged-care partnerships in NSW; Victorian demand is lower than asked.",
        "officer",
        now);
    List<Integer> approved = List.of(40, 15);
    a.decide(
        PlaceApplicationStatus.PARTIALLY_APPROVED,
        approved,
        "delegate-2",
        now,
        "As recommended: Victorian places reduced to 15 to match regional demand.");
    em.persist(a);
    em.flush();
    for (int i = 0; i < approved.size(); i++) {
      em.persist(new Allocation(ALLOCATION_A_PREFIX + i, a, i, approved.get(i), "delegate-2", now));
      PlaceRequest l = a.getLines().get(i);
      long cents = approved.get(i) * l.getPriceCents();
      em.createNativeQuery(
              "UPDATE program_budget SET committed_cents = committed_cents + ?1"
                  + " WHERE program_code = ?2 AND state = ?3 AND stream_code = ?4")
          .setParameter(1, cents)
          .setParameter(2, jobTrainer.getCode())
          .setParameter(3, l.getState().name())
          .setParameter(4, "QUALIFICATIONS")
          .executeUpdate();
    }
    em.createNativeQuery(
            "INSERT INTO provider_commitment (program_code, provider_id, committed_cents)"
                + " VALUES (?1, ?2, ?3)")
        .setParameter(1, jobTrainer.getCode())
        .setParameter(2, PROVIDER_A)
        .setParameter(3, a.getApprovedCents())
        .executeUpdate();
    em.persist(
        application(
            APPLICATION_B,
            jobTrainer,
            PROVIDER_B,
            "provider-b",
            List.of(line(jobTrainer, "ICT30120", AustralianState.QLD, 30, "Brisbane CBD")),
            now));
    em.createNativeQuery(
            "INSERT INTO provider_commitment (program_code, provider_id, committed_cents)"
                + " VALUES (?1, ?2, 0)")
        .setParameter(1, jobTrainer.getCode())
        .setParameter(2, PROVIDER_B)
        .executeUpdate();
    audit.recordAs(
        new AuditRecord(
            "system",
            "",
            "DEMO_DATA_SEEDED",
            "PlaceApplication",
            null,
            "Seeded delegation limits "
                + LIMITS
                + " (cents) and two demo place applications under "
                + jobTrainer.getCode(),
            "Demo data (skillfund.demo-data=true)",
            PlacementService.CRITERIA_VERSION));
  }

  private static PlaceApplication application(
      String id,
      FundingProgram program,
      String providerId,
      String user,
      List<PlaceRequest> lines,
      Instant now) {
    PlaceApplication a =
        new PlaceApplication(id, program.getCode(), providerId, "QUALIFICATIONS", user, now);
    a.saveDraft(
        "QUALIFICATIONS",
        LocalDate.of(2027, 2, 1),
        LocalDate.of(2027, 12, 31),
        "Employers in our region have asked for qualified staff; we have trainers and placements"
            + " ready for the places asked for.",
        "Regional health and care employers",
        lines,
        user,
        now);
    a.submit(EnumSet.noneOf(RiskFlag.class), user, now);
    return a;
  }

  private static PlaceRequest line(
      FundingProgram program, String course, AustralianState state, int places, String where) {
    return new PlaceRequest(
        course,
        state,
        places,
        CetModel.WORK_BASED_WITH_GUIDANCE,
        WorkBasedFormat.TRAINEESHIP,
        where,
        "February and July 2027",
        program.priceOf(course).orElseThrow().perPlaceCents());
  }
}
