package org.skillfund.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The most a financial delegate may approve in one decision, set by an administrator. */
@Entity
@Table(name = "delegation_limit")
public class DelegationLimit {

  @Id
  @Column(name = "username", length = 60)
  private String username;

  @Column(name = "limit_cents", nullable = false)
  private long limitCents;

  @Column(name = "set_by", length = 60, nullable = false)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  protected DelegationLimit() {}

  public DelegationLimit(String username, long limitCents, String setBy, Instant setAt) {
    this.username = username;
    this.limitCents = limitCents;
    this.setBy = setBy;
    this.setAt = setAt;
  }

  public void change(long limitCents, String setBy, Instant setAt) {
    this.limitCents = limitCents;
    this.setBy = setBy;
    this.setAt = setAt;
  }

  public String getUsername() {
    return username;
  }

  public long getLimitCents() {
    return limitCents;
  }

  public String getSetBy() {
    return setBy;
  }

  public Instant getSetAt() {
    return setAt;
  }
}
