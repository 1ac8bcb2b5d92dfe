package org.skillfund.credential;

import com.nimbusds.jose.jwk.ECKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheme's credential-signing key. A real deployment gives it as a private EC P-256 JWK in
 * {@code skillfund.credential.issuer-key}; a run that gives none generates one once and keeps it in
 * the database, so credentials issued before a restart (and by other instances) still verify.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IssuerKeys {

  private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());
  private static final String KEY_NAME = "issuer";

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "skillfund.credential.issuer-key")
  private Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "skillfund.public-url", defaultValue = "http://localhost:8080/skillfund/")
  private String publicUrl;

  @Inject
  @ConfigProperty(name = "skillfund.credential.issuer-name", defaultValue = "Skillfund")
  private String issuerName;

  private OpenBadgeCredentials.Issuer issuer;

  /**
   * Reads (or, the first time, generates and stores) the key at start-up, in a transaction of its
   * own, so the key in use is always the one kept.
   */
  @PostConstruct
  void load() {
    issuer = new OpenBadgeCredentials.Issuer(url("api/v1/credentials/issuer"), issuerName, key());
  }

  /** The issuer: its profile URL, name and signing key. */
  public OpenBadgeCredentials.Issuer issuer() {
    return issuer;
  }

  /** An absolute URL under the public address of Skillfund. */
  public String url(String path) {
    return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + path;
  }

  /** The stable URL of the revocation status list. */
  public String statusListUrl() {
    return url("api/v1/credentials/status/revocation");
  }

  private ECKey key() {
    if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
      return OpenBadgeCredentials.parseKey(configuredKey.get());
    }
    List<?> kept =
        em.createNativeQuery("SELECT jwk FROM credential_issuer_key WHERE key_name = ?1")
            .setParameter(1, KEY_NAME)
            .getResultList();
    if (!kept.isEmpty()) {
      return OpenBadgeCredentials.parseKey(kept.get(0).toString());
    }
    ECKey generated = OpenBadgeCredentials.generateKey();
    em.createNativeQuery(
            "INSERT INTO credential_issuer_key (key_name, jwk, created_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, KEY_NAME)
        .setParameter(2, generated.toJSONString())
        .setParameter(3, Timestamp.from(Instant.now()))
        .executeUpdate();
    LOG.warning(
        "No skillfund.credential.issuer-key configured: generated issuer key "
            + generated.getKeyID()
            + " and kept it in the database (fine for a demo, not for production)");
    return generated;
  }
}
