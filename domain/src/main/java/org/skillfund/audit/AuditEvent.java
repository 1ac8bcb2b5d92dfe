package org.skillfund.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the append-only audit trail: who did what to which record, when, why and under which
 * rule version. Each entry carries the SHA-256 of its content and of the entry before it.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 120)
  private String actor;

  @Column(name = "actor_roles", nullable = false, length = 200)
  private String actorRoles;

  @Column(name = "action", nullable = false, length = 60)
  private String action;

  @Column(name = "entity_type", nullable = false, length = 60)
  private String entityType;

  @Column(name = "entity_id", length = 120)
  private String entityId;

  @Column(name = "summary", nullable = false, length = 2000)
  private String summary;

  @Column(name = "reason", length = 2000)
  private String reason;

  @Column(name = "rule_version", length = 60)
  private String ruleVersion;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(name = "hash", nullable = false, length = 64)
  private String hash;

  protected AuditEvent() {}

  private AuditEvent(AuditRecord record, long seq, Instant occurredAt, String previousHash) {
    this.seq = seq;
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
    this.actor = record.actor();
    this.actorRoles = record.actorRoles();
    this.action = record.action();
    this.entityType = record.entityType();
    this.entityId = record.entityId();
    this.summary = record.summary();
    this.reason = record.reason();
    this.ruleVersion = record.ruleVersion();
    this.previousHash = previousHash;
    this.hash = AuditChain.hashOf(this);
  }

  /** Chains a new event after the one whose hash is {@code previousHash}. */
  public static AuditEvent append(
      AuditRecord record, long seq, Instant occurredAt, String previousHash) {
    return new AuditEvent(record, seq, occurredAt, previousHash);
  }

  public long getSeq() {
    return seq;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorRoles() {
    return actorRoles;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getSummary() {
    return summary;
  }

  public String getReason() {
    return reason;
  }

  public String getRuleVersion() {
    return ruleVersion;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
