package org.skillfund.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an evidence file, kept apart so lists of files never load them. */
@Entity
@Table(name = "provider_evidence_content")
public class EvidenceContent {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected EvidenceContent() {}

  public EvidenceContent(String id, byte[] content) {
    this.id = id;
    this.content = content.clone();
  }

  public String getId() {
    return id;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
