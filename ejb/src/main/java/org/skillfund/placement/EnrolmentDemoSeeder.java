package org.skillfund.placement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;
import org.skillfund.identity.UserAccount;
import org.skillfund.shared.UsiValidator;

/**
 * Ties the demo learner's account to a USI (only when {@code skillfund.demo-data=true}), so
 * enrolments made under that USI show on the learner's page and their confirmation links work for
 * them.
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class EnrolmentDemoSeeder {

  /** The demo learner's USI. */
  public static final String DEMO_LEARNER_USI =
      "LEELRNR26" + UsiValidator.checkCharacter("LEELRNR26");

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
    UserAccount learner = em.find(UserAccount.class, "learner");
    if (learner == null || learner.getUsi().isPresent()) {
      return;
    }
    learner.linkUsi(DEMO_LEARNER_USI);
    audit.recordAs(
        new AuditRecord(
            "system",
            "",
            "LEARNER_USI_LINKED",
            "UserAccount",
            "learner",
            "The demo learner's account was tied to USI " + DEMO_LEARNER_USI,
            "Demo data",
            null));
  }
}
