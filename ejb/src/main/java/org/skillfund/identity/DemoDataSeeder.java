package org.skillfund.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;
import org.skillfund.provider.Provider;
import org.skillfund.provider.ProviderStatus;

/**
 * Demo providers and one user per role, all with the password {@value #DEMO_PASSWORD}; only when
 * {@code skillfund.demo-data=true} (the embedded run's default), and only once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoDataSeeder {

  static final String DEMO_PASSWORD = "demo-pass-2026";
  static final String PROVIDER_A = "00000000-0000-4000-8000-00000000000a";
  static final String PROVIDER_B = "00000000-0000-4000-8000-00000000000b";
  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @Inject
  @ConfigProperty(name = "skillfund.demo-data", defaultValue = "true")
  boolean demoData;

  private record DemoUser(String username, String displayName, Set<Role> roles, String provider) {}

  private static final List<DemoUser> USERS =
      List.of(
          new DemoUser("admin", "Alex Admin", EnumSet.of(Role.ADMIN), null),
          new DemoUser("manager", "Morgan Manager", EnumSet.of(Role.PROGRAM_MANAGER), null),
          new DemoUser("officer", "Olivia Officer", EnumSet.of(Role.OFFICER), null),
          new DemoUser("delegate", "Dev Delegate", EnumSet.of(Role.DELEGATE), null),
          new DemoUser("auditor", "Audrey Auditor", EnumSet.of(Role.AUDITOR), null),
          new DemoUser("endorser", "Eli Endorser", EnumSet.of(Role.ENDORSER), null),
          new DemoUser(
              "provider-a",
              "Priya (Harbourside Skills)",
              EnumSet.of(Role.PROVIDER_ADMIN),
              PROVIDER_A),
          new DemoUser(
              "provider-b",
              "Ben (Southern Cross Training)",
              EnumSet.of(Role.PROVIDER_ADMIN),
              PROVIDER_B),
          new DemoUser("learner", "Lee Learner", EnumSet.of(Role.LEARNER), null));

  @PostConstruct
  void seed() {
    if (!demoData || em.find(UserAccount.class, "admin") != null) {
      return;
    }
    // Fictitious organisations; the ABNs only satisfy the check-digit rule.
    em.persist(
        new Provider(
            PROVIDER_A,
            "Harbourside Skills Pty Ltd",
            "51824753556",
            "90001",
            ProviderStatus.APPROVED));
    em.persist(
        new Provider(
            PROVIDER_B,
            "Southern Cross Training Pty Ltd",
            "53004085616",
            "90002",
            ProviderStatus.APPROVED));
    // users refer to providers by id only, so the providers must reach the database first
    em.flush();
    // One PBKDF2 hash for all: they share a published password, and each hash costs ~0.2 s.
    String demoHash = PasswordHash.of(DEMO_PASSWORD.toCharArray());
    for (DemoUser user : USERS) {
      em.persist(
          new UserAccount(
              user.username(),
              user.displayName(),
              user.username() + "@demo.skillfund.example",
              demoHash,
              user.roles(),
              user.provider()));
    }
    audit.recordAs(
        new AuditRecord(
            "system",
            "",
            "DEMO_DATA_SEEDED",
            "UserAccount",
            null,
            "Seeded 2 demo providers and "
                + USERS.size()
                + " demo users (skillfund.demo-data=true)",
            null,
            null));
    LOG.info("Seeded demo providers and users");
  }
}
