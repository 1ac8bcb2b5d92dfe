package org.skillfund.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An officer's or delegate's declaration of a conflict of interest with a provider: from then on
 * they cannot assess or decide anything of that provider.
 */
@Entity
@Table(name = "conflict_declaration")
@IdClass(ConflictDeclaration.Key.class)
public class ConflictDeclaration {

  /** Primary key: provider and person. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String providerId;
    private String username;

    public Key() {}

    public Key(String providerId, String username) {
      this.providerId = providerId;
      this.username = username;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.providerId, providerId)
          && Objects.equals(k.username, username);
    }

    @Override
    public int hashCode() {
      return Objects.hash(providerId, username);
    }
  }

  @Id
  @Column(name = "provider_id", length = 36)
  private String providerId;

  @Id
  @Column(name = "username", length = 60)
  private String username;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  @Column(name = "note", length = 1000, nullable = false)
  private String note;

  protected ConflictDeclaration() {}

  public ConflictDeclaration(String providerId, String username, Instant declaredAt, String note) {
    this.providerId = providerId;
    this.username = username;
    this.declaredAt = declaredAt;
    this.note = note;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }

  public String getNote() {
    return note;
  }
}
