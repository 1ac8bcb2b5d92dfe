package org.skillfund.eligibility;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.identity.Role;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.InvalidRequestException.FieldProblem;
import org.skillfund.shared.NotFoundException;

/**
 * Program managers' work on rule sets (DESIGN.md, "Rules as code"): draft a new version from an
 * existing one, change its parameters, run a what-if over stored checks, and publish it. A
 * published version never changes; each step is audited with the reason given.
 */
@Stateless
public class RuleSetService {

  /** Changed cases listed in a what-if report (the counts cover every case). */
  public static final int WHAT_IF_LISTED = 500;

  private static final Pattern VERSION_LABEL = Pattern.compile("[A-Z][A-Z_]*-[0-9A-Za-z.]{1,20}");

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @Resource private SessionContext session;

  /**
   * Every version, newest first within each program; all programs when {@code programCode} null.
   */
  @RolesAllowed({Role.Names.PROGRAM_MANAGER, Role.Names.AUDITOR, Role.Names.ADMIN})
  public List<RuleSet> versions(String programCode) {
    TypedQuery<RuleSet> query =
        programCode == null
            ? em.createQuery(
                "SELECT r FROM RuleSet r ORDER BY r.programCode, r.effectiveFrom DESC, r.version",
                RuleSet.class)
            : em.createQuery(
                    "SELECT r FROM RuleSet r WHERE r.programCode = :program"
                        + " ORDER BY r.effectiveFrom DESC, r.version",
                    RuleSet.class)
                .setParameter("program", programCode);
    return query.getResultList();
  }

  @RolesAllowed({Role.Names.PROGRAM_MANAGER, Role.Names.AUDITOR, Role.Names.ADMIN})
  public Optional<RuleSet> find(String version) {
    return Optional.ofNullable(em.find(RuleSet.class, version));
  }

  /**
   * A new draft with {@code basedOn}'s parameters, in force from {@code effectiveFrom} once
   * published.
   */
  @RolesAllowed(Role.Names.PROGRAM_MANAGER)
  public RuleSet draft(
      String programCode, String basedOn, String version, LocalDate effectiveFrom, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<Program> program = Programs.find(programCode);
    if (program.isEmpty()) {
      problems.add(
          new FieldProblem(
              "programCode",
              "must be one of "
                  + Programs.ALL.stream().map(Program::code).collect(Collectors.joining(", "))));
    }
    RuleSet base = basedOn == null ? null : em.find(RuleSet.class, basedOn);
    if (base == null) {
      problems.add(new FieldProblem("basedOn", "must name an existing version to copy"));
    } else if (program.isPresent() && !base.getProgramCode().equals(programCode)) {
      problems.add(new FieldProblem("basedOn", "is a version of another program"));
    }
    if (version == null || !VERSION_LABEL.matcher(version).matches()) {
      problems.add(
          new FieldProblem(
              "version",
              "must look like PROGRAM-2022.1: the program code, a hyphen, then up to 20 letters,"
                  + " digits or dots"));
    } else if (program.isPresent() && !version.startsWith(programCode + "-")) {
      problems.add(new FieldProblem("version", "must start with " + programCode + "-"));
    } else if (em.find(RuleSet.class, version) != null) {
      problems.add(new FieldProblem("version", "is already used by another version"));
    }
    if (effectiveFrom == null) {
      problems.add(new FieldProblem("effectiveFrom", "is required"));
    }
    requireReason(reason, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    RuleSet draft =
        RuleSet.draft(
            program.get(),
            version,
            effectiveFrom,
            null,
            base.parameters(),
            session.getCallerPrincipal().getName());
    em.persist(draft);
    audit.record(
        "RULE_SET_DRAFTED",
        "RuleSet",
        version,
        "Drafted " + version + " from " + basedOn + ", to be in force from " + effectiveFrom,
        reason.strip(),
        basedOn);
    return draft;
  }

  /** Changes one parameter of a draft; the value must be of the parameter's kind. */
  @RolesAllowed(Role.Names.PROGRAM_MANAGER)
  public RuleSet changeParameter(
      String version, String name, String value, String source, String reason) {
    RuleSet ruleSet = lockedDraft(version);
    Program program = ruleSet.program();
    List<FieldProblem> problems = new ArrayList<>();
    ParameterKind kind = program.parameterKinds().get(name);
    if (kind == null) {
      throw new NotFoundException(program.code() + " has no parameter named " + name + ".");
    }
    kind.problemWith(value).ifPresent(m -> problems.add(new FieldProblem("value", m)));
    if (source == null || source.isBlank() || source.strip().length() > 500) {
      problems.add(
          new FieldProblem(
              "source", "must name the guideline and clause that sets it (up to 500 characters)"));
    }
    requireReason(reason, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    RuleParameters before = ruleSet.parameters();
    RuleParameters after = before.with(name, value.strip(), source.strip());
    List<Map.Entry<String, String>> relations = program.problemsWith(after);
    if (!relations.isEmpty()) {
      throw new InvalidRequestException(
          relations.stream()
              .map(e -> new FieldProblem("value", e.getKey() + " " + e.getValue()))
              .toList());
    }
    ruleSet.replaceParameters(after);
    audit.record(
        "RULE_PARAMETER_CHANGED",
        "RuleSet",
        version,
        name
            + ": "
            + before.asMap().get(name).value()
            + " -> "
            + value.strip()
            + " (source: "
            + source.strip()
            + ")",
        reason.strip(),
        version);
    return ruleSet;
  }

  /**
   * Publishes a draft: from its effective date it decides new checks, and it never changes again.
   * It must start after every published version of its program, so the versions in force form one
   * timeline and no past day's rules are replaced.
   */
  @RolesAllowed(Role.Names.PROGRAM_MANAGER)
  public RuleSet publish(String version, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    requireReason(reason, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    RuleSet ruleSet = lockedDraft(version);
    // Lock the program's published versions too: two publications are decided one at a time.
    List<RuleSet> published =
        em.createQuery(
                "SELECT r FROM RuleSet r WHERE r.programCode = :program AND r.status = :published",
                RuleSet.class)
            .setParameter("program", ruleSet.getProgramCode())
            .setParameter("published", RuleSetStatus.PUBLISHED)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    published.stream()
        .filter(p -> !p.getEffectiveFrom().isBefore(ruleSet.getEffectiveFrom()))
        .findFirst()
        .ifPresent(
            p -> {
              throw new ConflictException(
                  version
                      + " would be in force from "
                      + ruleSet.getEffectiveFrom()
                      + ", but "
                      + p.getVersion()
                      + " is already published from "
                      + p.getEffectiveFrom()
                      + ". A new version must start after every published one.");
            });
    List<Map.Entry<String, String>> invalid = ruleSet.program().problemsWith(ruleSet.parameters());
    if (!invalid.isEmpty()) {
      throw new ConflictException(
          version
              + " cannot be published: "
              + invalid.stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining("; ")));
    }
    ruleSet.publish(session.getCallerPrincipal().getName(), Instant.now());
    audit.record(
        "RULE_SET_PUBLISHED",
        "RuleSet",
        version,
        "Published "
            + version
            + "; it decides "
            + ruleSet.getProgramCode()
            + " checks for courses starting from "
            + ruleSet.getEffectiveFrom(),
        reason.strip(),
        version);
    return ruleSet;
  }

  /** Deletes a draft that will not be published. */
  @RolesAllowed(Role.Names.PROGRAM_MANAGER)
  public void discard(String version, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    requireReason(reason, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    RuleSet ruleSet = lockedDraft(version);
    em.remove(ruleSet);
    audit.record(
        "RULE_SET_DISCARDED",
        "RuleSet",
        version,
        "Discarded the draft " + version,
        reason.strip(),
        version);
  }

  /**
   * Runs {@code version} over the program's stored checks, by default those whose course starts in
   * the version's period (the checks it would decide), or all of them. Stored decisions are not
   * changed.
   */
  @RolesAllowed({Role.Names.PROGRAM_MANAGER, Role.Names.AUDITOR})
  public WhatIf.Report whatIf(String version, boolean allChecks) {
    RuleSet ruleSet =
        find(version).orElseThrow(() -> new NotFoundException("No rule set version " + version));
    RuleSetVersion draft = ruleSet.toVersion();
    Map<String, CourseFacts> courses =
        em
            .createQuery("SELECT p FROM TrainingProduct p", TrainingProduct.class)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(TrainingProduct::getCode, CourseFacts::of));
    Map<String, List<FundedStart>> ledger = ledgerOfCheckedLearners(ruleSet.getProgramCode());
    LocalDate until = periodEnd(ruleSet);
    String period =
        allChecks
            ? ""
            : " AND c.courseStartDate >= :from"
                + (until == null ? "" : " AND c.courseStartDate < :to");
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT c.id, c.state, c.courseCode, c.courseStartDate, c.dateOfBirth, c.residency,"
                + " c.employmentStatus, c.schoolStudent, c.usi, c.highestAqfLevelHeld, c.eligible"
                + " FROM EligibilityCheck c WHERE c.programCode = :program"
                + period,
            Object[].class);
    query.setParameter("program", ruleSet.getProgramCode());
    if (!allChecks) {
      query.setParameter("from", ruleSet.getEffectiveFrom());
      if (until != null) {
        query.setParameter("to", until);
      }
    }
    List<WhatIf.StoredCheck> checks = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      String usi = (String) row[8];
      checks.add(
          new WhatIf.StoredCheck(
              (String) row[0],
              new EligibilityCase(
                  (AustralianState) row[1],
                  courses.get((String) row[2]),
                  (LocalDate) row[3],
                  new LearnerFacts(
                      (LocalDate) row[4],
                      (Residency) row[5],
                      (EmploymentStatus) row[6],
                      (Boolean) row[7],
                      (Integer) row[9]),
                  usi == null ? List.of() : ledger.getOrDefault(usi, List.of())),
              (Boolean) row[10]));
    }
    return WhatIf.run(draft, checks, WHAT_IF_LISTED);
  }

  /**
   * The first day the version would no longer decide: its own end, or the start of the next
   * published version of the program, whichever comes first; null while open-ended.
   */
  private LocalDate periodEnd(RuleSet ruleSet) {
    LocalDate end = ruleSet.getEffectiveTo();
    for (RuleSet other : versions(ruleSet.getProgramCode())) {
      if (other.getStatus() == RuleSetStatus.PUBLISHED
          && other.getEffectiveFrom().isAfter(ruleSet.getEffectiveFrom())
          && (end == null || other.getEffectiveFrom().isBefore(end))) {
        end = other.getEffectiveFrom();
      }
    }
    return end;
  }

  /** The funded starts of every learner with a stored check of the program, by USI. */
  private Map<String, List<FundedStart>> ledgerOfCheckedLearners(String programCode) {
    Map<String, List<FundedStart>> byUsi = new HashMap<>();
    em.createQuery(
            "SELECT e FROM LedgerEntry e WHERE e.usi IN (SELECT c.usi FROM EligibilityCheck c"
                + " WHERE c.programCode = :program AND c.usi IS NOT NULL)",
            LedgerEntry.class)
        .setParameter("program", programCode)
        .getResultList()
        .forEach(
            e -> byUsi.computeIfAbsent(e.getUsi(), u -> new ArrayList<>()).add(e.toFundedStart()));
    return byUsi;
  }

  private RuleSet lockedDraft(String version) {
    RuleSet ruleSet = em.find(RuleSet.class, version, LockModeType.PESSIMISTIC_WRITE);
    if (ruleSet == null) {
      throw new NotFoundException("No rule set version " + version + ".");
    }
    if (ruleSet.getStatus() != RuleSetStatus.DRAFT) {
      throw new ConflictException(
          version + " is published and never changes; draft a new version to change its rules.");
    }
    return ruleSet;
  }

  private static void requireReason(String reason, List<FieldProblem> problems) {
    if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
      problems.add(
          new FieldProblem("reason", "must say why, for the audit trail (1 to 500 characters)"));
    }
  }
}
