package org.skillfund.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which version (by SHA-256) of a reference-data file was last imported, and when. */
@Entity
@Table(name = "reference_import")
public class ReferenceImport {

  @Id
  @Column(name = "resource", length = 200)
  private String resource;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected ReferenceImport() {}

  public ReferenceImport(String resource, String sha256) {
    this.resource = resource;
    this.sha256 = sha256;
    this.importedAt = Instant.now();
  }

  public String getResource() {
    return resource;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getImportedAt() {
    return importedAt;
  }
}
