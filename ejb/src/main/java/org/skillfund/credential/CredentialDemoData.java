package org.skillfund.credential;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;
import org.skillfund.identity.PasswordHash;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;
import org.skillfund.provider.Provider;

/**
 * Demo data for micro-credentials, only when {@code skillfund.demo-data=true}: an endorser who also
 * works for demo provider A ({@code endorser-a}), to show that nobody endorses their own provider's
 * micro-credentials.
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class CredentialDemoData {

  static final String ENDORSER_A = "endorser-a";
  private static final String PROVIDER_A = "00000000-0000-4000-8000-00000000000a";

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @Inject
  @ConfigProperty(name = "skillfund.demo-data", defaultValue = "true")
  private boolean demoData;

  @PostConstruct
  void seed() {
    if (!demoData
        || em.find(UserAccount.class, ENDORSER_A) != null
        || em.find(Provider.class, PROVIDER_A) == null) {
      return;
    }
    em.persist(
        new UserAccount(
            ENDORSER_A,
            "Endorser working for provider A",
            ENDORSER_A + "@demo.skillfund.example",
            PasswordHash.of("demo-pass-2026".toCharArray()),
            EnumSet.of(Role.ENDORSER),
            PROVIDER_A));
    audit.recordAs(
        new AuditRecord(
            "system",
            "",
            "DEMO_DATA_SEEDED",
            "UserAccount",
            ENDORSER_A,
            "Seeded demo endorser " + ENDORSER_A + " of provider A (skillfund.demo-data=true)",
            null,
            null));
  }
}
