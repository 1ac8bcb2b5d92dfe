package org.skillfund.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;

/**
 * Loads the register extract kept in the repository (catalog/training-products.csv) into the
 * catalogue at start-up. It adds new products and updates changed ones; a file already imported
 * (same SHA-256) is skipped. Each import that changes anything is one audit event.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class CatalogImporter {

  static final String RESOURCE = "catalog/training-products.csv";
  private static final Logger LOG = Logger.getLogger(CatalogImporter.class.getName());

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @PostConstruct
  void importRegisterExtract() {
    byte[] content = readResource();
    String sha256 = sha256(content);
    ReferenceImport last = em.find(ReferenceImport.class, RESOURCE);
    if (last != null && last.getSha256().equals(sha256)) {
      return;
    }
    List<TrainingProduct> products =
        TrainingProductCsv.parse(new String(content, StandardCharsets.UTF_8).lines().toList());
    int added = 0;
    int changed = 0;
    for (TrainingProduct release : products) {
      TrainingProduct stored = em.find(TrainingProduct.class, release.getCode());
      if (stored == null) {
        em.persist(release);
        added++;
      } else if (stored.updateFrom(release)) {
        changed++;
      }
    }
    em.merge(new ReferenceImport(RESOURCE, sha256));
    String summary =
        "Imported "
            + products.size()
            + " training products from "
            + RESOURCE
            + " (sha256 "
            + sha256
            + "): "
            + added
            + " added, "
            + changed
            + " changed";
    audit.recordAs(
        new AuditRecord(
            "system", "", "CATALOG_IMPORTED", "TrainingProduct", null, summary, null, null));
    LOG.info(summary);
  }

  private static byte[] readResource() {
    try (InputStream in = CatalogImporter.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
