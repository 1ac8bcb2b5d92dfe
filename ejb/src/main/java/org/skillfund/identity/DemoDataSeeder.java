package org.skillfund.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;
import org.skillfund.provider.ApplicationDetails;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.Checklist;
import org.skillfund.provider.Provider;
import org.skillfund.provider.ProviderApplication;
import org.skillfund.provider.ProviderStatus;
import org.skillfund.provider.RiskRating;
import org.skillfund.provider.ScopeEntry;
import org.skillfund.shared.AustralianState;

/**
 * Demo providers and one user per role, all with the password {@value #DEMO_PASSWORD}; only when
 * {@code skillfund.demo-data=true} (the embedded run's default); each is added once.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "CatalogImporter"})
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
          new DemoUser(
              "staff-a",
              "Sam (Harbourside Skills staff)",
              EnumSet.of(Role.PROVIDER_STAFF),
              PROVIDER_A),
          new DemoUser(
              "senior",
              "Sasha Senior (officer and delegate)",
              EnumSet.of(Role.OFFICER, Role.DELEGATE),
              null),
          new DemoUser("delegate-2", "Dana Delegate", EnumSet.of(Role.DELEGATE), null),
          new DemoUser("learner", "Lee Learner", EnumSet.of(Role.LEARNER), null));

  @PostConstruct
  void seed() {
    if (!demoData) {
      return;
    }
    // Each piece is added when missing, so an older demo database gains later demo users too.
    int providers = 0;
    // Fictitious organisations; the ABNs only satisfy the check-digit rule.
    providers +=
        seedApprovedProvider(
                PROVIDER_A,
                "Harbourside Skills Pty Ltd",
                "51824753556",
                "90001",
                EnumSet.of(AustralianState.NSW, AustralianState.VIC),
                List.of("CHC33021", "CHC43015", "HLTSS00065"))
            ? 1
            : 0;
    providers +=
        seedApprovedProvider(
                PROVIDER_B,
                "Southern Cross Training Pty Ltd",
                "53004085616",
                "90002",
                EnumSet.of(AustralianState.QLD, AustralianState.TAS),
                List.of("CHC33021", "ICT30120"))
            ? 1
            : 0;
    // users refer to providers by id only, so the providers must reach the database first
    em.flush();
    List<DemoUser> missing =
        USERS.stream().filter(u -> em.find(UserAccount.class, u.username()) == null).toList();
    if (missing.isEmpty() && providers == 0) {
      return;
    }
    // One PBKDF2 hash for all: they share a published password, and each hash costs ~0.2 s.
    String demoHash = PasswordHash.of(DEMO_PASSWORD.toCharArray());
    for (DemoUser user : missing) {
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
            "Seeded "
                + providers
                + " demo providers and "
                + missing.size()
                + " demo users (skillfund.demo-data=true)",
            null,
            null));
    LOG.info("Seeded demo providers and users");
  }

  /** An approved provider with its assessed, approved first application; false if present. */
  private boolean seedApprovedProvider(
      String id,
      String name,
      String abn,
      String rto,
      Set<AustralianState> states,
      List<String> products) {
    if (em.find(Provider.class, id) != null) {
      return false;
    }
    Instant at = Instant.parse("2020-09-01T00:00:00Z");
    Provider provider = new Provider(id, name, abn, rto, ProviderStatus.APPROVED);
    provider.approveScope(
        products.stream()
            .map(code -> new ScopeEntry(code, CetModel.INSTITUTION_BASED, null, at))
            .toList());
    em.persist(provider);
    em.flush();
    ProviderApplication application =
        ProviderApplication.first(UUID.randomUUID().toString(), id, name, abn, "system", at);
    application.saveDraft(
        new ApplicationDetails(
            name,
            abn,
            rto,
            "Demo contact",
            "contact@demo.skillfund.example",
            "02 9999 0000",
            states,
            products.stream()
                .map(
                    code ->
                        new ApplicationDetails.ProductRequest(
                            code, CetModel.INSTITUTION_BASED, null))
                .toList()),
        "system",
        at);
    application.submit("system", at);
    application.pickUp("system", at);
    application.assess(
        new Checklist(true, true, true, true, true),
        RiskRating.LOW,
        "Demo data",
        products.stream()
            .collect(
                Collectors.toMap(
                    code -> code,
                    code -> new AbstractMap.SimpleImmutableEntry<>(true, (String) null))),
        "system",
        at);
    application.decide(
        ProviderApplication.Decision.APPROVED, Set.copyOf(products), "Demo data", "system", at);
    em.persist(application);
    return true;
  }
}
