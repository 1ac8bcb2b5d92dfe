package org.skillfund.eligibility;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;

/**
 * Publishes the first rule-set version of each program when the database has none: the rules are
 * reference data, present in every installation (not only with demo data).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class RuleSetSeeder {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @PostConstruct
  void publishInitialVersions() {
    seed(
        RuleSet.draft(
            JobTrainer.PROGRAM,
            "JOBTRAINER-2020.1",
            LocalDate.of(2020, 7, 1),
            null,
            JobTrainer.initialParameters(),
            "system"));
    // The 2026 JobTrainer round (program JT-2026, issue 6) reopens enrolments: without it no
    // enrolment of that round could pass the enrolment window of the 2020 rules.
    seed(
        RuleSet.draft(
            JobTrainer.PROGRAM,
            "JOBTRAINER-2026.1",
            LocalDate.of(2026, 7, 1),
            null,
            JobTrainer.initialParameters()
                .with("window.opens", "2026-07-01", "JobTrainer Fund 2026 round, enrolments")
                .with("window.closes", "2027-12-31", "JobTrainer Fund 2026 round, enrolments"),
            "system"));
    seed(
        RuleSet.draft(
            StateEntitlement.PROGRAM,
            "STATE_ENTITLEMENT-2019.1",
            LocalDate.of(2019, 1, 1),
            null,
            StateEntitlement.initialParameters(),
            "system"));
  }

  private void seed(RuleSet ruleSet) {
    if (em.find(RuleSet.class, ruleSet.getVersion()) != null) {
      return;
    }
    ruleSet.publish("system", Instant.now());
    em.persist(ruleSet);
    audit.recordAs(
        new AuditRecord(
            "system",
            "",
            "RULE_SET_PUBLISHED",
            "RuleSet",
            ruleSet.getVersion(),
            "Published the initial "
                + ruleSet.getProgramCode()
                + " rule set, in force from "
                + ruleSet.getEffectiveFrom(),
            "Reference rules of the scheme (REFERENCE.md)",
            ruleSet.getVersion()));
  }
}
