package org.skillfund.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.program.FundingProgram;
import org.skillfund.program.PlaceTarget;
import org.skillfund.program.ProgramBudget;
import org.skillfund.program.ProgramService;
import org.skillfund.program.ProgramStream;
import org.skillfund.provider.Provider;
import org.skillfund.provider.ProviderService;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.NotFoundException;

/**
 * The dashboards of issue 6, read only: a program's budgets, places against targets, applications
 * by workflow state and time to decision (department staff); a provider's applications, allocations
 * and commitments against the program's cap (the provider's own users, and department staff).
 */
@Stateless
public class DashboardService {

  /** The most applications and allocations a provider's dashboard lists (newest first). */
  public static final int PROVIDER_LIST_LIMIT = 100;

  private static final double SECONDS_PER_DAY = 86_400.0;

  private static final Set<PlaceApplicationStatus> DECIDED =
      EnumSet.of(
          PlaceApplicationStatus.APPROVED,
          PlaceApplicationStatus.PARTIALLY_APPROVED,
          PlaceApplicationStatus.DECLINED);

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private ProgramService programs;

  @EJB private ProviderService providers;

  @EJB private Callers callers;

  /** A program's dashboard: budgets, places, applications and time to decision, as of now. */
  @RolesAllowed({
    Role.Names.PROGRAM_MANAGER,
    Role.Names.OFFICER,
    Role.Names.DELEGATE,
    Role.Names.AUDITOR
  })
  public ProgramDashboard program(String code) {
    FundingProgram program = programs.find(code);
    Instant asOf = Instant.now();
    Map<String, String> streamNames = new LinkedHashMap<>();
    for (ProgramStream s : program.getStreams()) {
      streamNames.put(s.getCode(), s.getName());
    }
    List<ProgramDashboard.BudgetLine> budgets = new ArrayList<>();
    for (ProgramBudget b : programs.budgets(code)) {
      budgets.add(
          new ProgramDashboard.BudgetLine(
              b.getKey().getState(),
              b.getKey().getStreamCode(),
              streamNames.getOrDefault(b.getKey().getStreamCode(), b.getKey().getStreamCode()),
              b.getBudgetCents(),
              b.getCommittedCents(),
              b.getSpentCents()));
    }
    budgets.sort(
        (a, b) ->
            a.state() != b.state()
                ? a.state().compareTo(b.state())
                : a.streamCode().compareTo(b.streamCode()));
    return new ProgramDashboard(
        program.getCode(),
        program.getName(),
        program.getProviderCapCents(),
        asOf,
        budgets,
        places(program),
        applications(code),
        decisionTimes(code));
  }

  /**
   * A provider's dashboard. Provider users see only their own provider (any other id is not found);
   * department staff see any.
   */
  @RolesAllowed({
    Role.Names.PROVIDER_ADMIN,
    Role.Names.PROVIDER_STAFF,
    Role.Names.OFFICER,
    Role.Names.DELEGATE,
    Role.Names.AUDITOR
  })
  public ProviderDashboard provider(String providerId) {
    Caller caller = callers.current();
    if (providerId == null || !caller.maySee(providerId)) {
      throw new NotFoundException("No provider " + providerId + ".");
    }
    Provider provider = providers.find(providerId);
    List<ProviderDashboard.ApplicationLine> applications =
        em
            .createQuery(
                "SELECT a FROM PlaceApplication a WHERE a.providerId = :p"
                    + " ORDER BY a.createdAt DESC, a.id",
                PlaceApplication.class)
            .setParameter("p", providerId)
            .setMaxResults(PROVIDER_LIST_LIMIT)
            .getResultList()
            .stream()
            .map(
                a ->
                    new ProviderDashboard.ApplicationLine(
                        a.getId(),
                        a.getProgramCode(),
                        a.getStatus(),
                        a.placesRequested(),
                        a.approvedPlaces().stream().mapToLong(Integer::longValue).sum(),
                        a.getRequestedCents(),
                        a.getApprovedCents(),
                        a.getSubmittedAt()))
            .toList();
    List<Allocation> held =
        em.createQuery(
                "SELECT l FROM Allocation l WHERE l.providerId = :p"
                    + " ORDER BY l.createdAt DESC, l.lineNo",
                Allocation.class)
            .setParameter("p", providerId)
            .setMaxResults(PROVIDER_LIST_LIMIT)
            .getResultList();
    held.forEach(em::refresh); // enrolments change the counters by SQL
    List<ProviderDashboard.AllocationLine> allocations =
        held.stream()
            .map(
                l ->
                    new ProviderDashboard.AllocationLine(
                        l.getId(),
                        l.getProgramCode(),
                        l.getCourseCode(),
                        l.getState(),
                        l.getPlaces(),
                        l.getPlacesUsed(),
                        l.getAmountCents()))
            .toList();
    List<String> programCodes =
        em.createQuery(
                "SELECT DISTINCT a.programCode FROM PlaceApplication a WHERE a.providerId = :p"
                    + " ORDER BY a.programCode",
                String.class)
            .setParameter("p", providerId)
            .getResultList();
    List<ProviderDashboard.ProgramCommitment> commitments = new ArrayList<>();
    for (String code : programCodes) {
      FundingProgram program = programs.find(code);
      commitments.add(
          new ProviderDashboard.ProgramCommitment(
              code,
              program.getName(),
              programs.providerCommitted(code, providerId),
              program.getProviderCapCents()));
    }
    return new ProviderDashboard(
        providerId, provider.getLegalName(), Instant.now(), applications, allocations, commitments);
  }

  /** Places allocated in each state with a target or an allocation, in the states' order. */
  private List<ProgramDashboard.StatePlaces> places(FundingProgram program) {
    Map<AustralianState, Long> allocated = new EnumMap<>(AustralianState.class);
    for (Object[] row :
        em.createQuery(
                "SELECT l.state, SUM(l.places) FROM Allocation l WHERE l.programCode = :p"
                    + " GROUP BY l.state",
                Object[].class)
            .setParameter("p", program.getCode())
            .getResultList()) {
      allocated.put((AustralianState) row[0], ((Number) row[1]).longValue());
    }
    Map<AustralianState, Long> targets = new EnumMap<>(AustralianState.class);
    for (PlaceTarget t : program.getPlaceTargets()) {
      targets.merge(t.getState(), (long) t.getPlaces(), Long::sum);
    }
    List<ProgramDashboard.StatePlaces> places = new ArrayList<>();
    for (AustralianState state : AustralianState.values()) {
      if (allocated.containsKey(state) || targets.containsKey(state)) {
        places.add(
            new ProgramDashboard.StatePlaces(
                state, allocated.getOrDefault(state, 0L), targets.getOrDefault(state, 0L)));
      }
    }
    return places;
  }

  /** How many of the program's applications are in each workflow state, zeros included. */
  private List<ProgramDashboard.StatusCount> applications(String code) {
    Map<PlaceApplicationStatus, Long> counts = new EnumMap<>(PlaceApplicationStatus.class);
    for (PlaceApplicationStatus s : PlaceApplicationStatus.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row :
        em.createQuery(
                "SELECT a.status, COUNT(a) FROM PlaceApplication a WHERE a.programCode = :p"
                    + " GROUP BY a.status",
                Object[].class)
            .setParameter("p", code)
            .getResultList()) {
      counts.put((PlaceApplicationStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts.entrySet().stream()
        .map(e -> new ProgramDashboard.StatusCount(e.getKey(), e.getValue()))
        .toList();
  }

  /** Submission to final decision of every decided application (withdrawals do not count). */
  private ProgramDashboard.DecisionTimes decisionTimes(String code) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.submittedAt, a.decidedAt FROM PlaceApplication a"
                    + " WHERE a.programCode = :p AND a.status IN :decided"
                    + " AND a.submittedAt IS NOT NULL AND a.decidedAt IS NOT NULL",
                Object[].class)
            .setParameter("p", code)
            .setParameter("decided", List.copyOf(DECIDED))
            .getResultList();
    double[] days = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Duration took = Duration.between((Instant) rows.get(i)[0], (Instant) rows.get(i)[1]);
      days[i] = Math.max(0, took.getSeconds()) / SECONDS_PER_DAY;
    }
    return DecisionStatistics.of(days);
  }
}
