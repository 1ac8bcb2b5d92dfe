package org.skillfund.audit;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * An audit event as the API shows it.
 *
 * @param seq position in the chain, from 1
 * @param occurredAt when, in UTC
 * @param actor who (user name, anonymous or system)
 * @param actorRoles the actor's roles at the time
 * @param action what happened
 * @param entityType the kind of record
 * @param entityId which record
 * @param summary what changed, in words
 * @param reason why, as given
 * @param ruleVersion the rule version that decided, for rule-based decisions
 * @param previousHash SHA-256 of the event before
 * @param hash SHA-256 of this event
 */
@JsonbNillable
@JsonbPropertyOrder({
  "seq",
  "occurredAt",
  "actor",
  "actorRoles",
  "action",
  "entityType",
  "entityId",
  "summary",
  "reason",
  "ruleVersion",
  "previousHash",
  "hash"
})
public record AuditEventView(
    long seq,
    Instant occurredAt,
    String actor,
    String actorRoles,
    String action,
    String entityType,
    String entityId,
    String summary,
    String reason,
    String ruleVersion,
    String previousHash,
    String hash) {

  static AuditEventView of(AuditEvent e) {
    return new AuditEventView(
        e.getSeq(),
        e.getOccurredAt(),
        e.getActor(),
        e.getActorRoles(),
        e.getAction(),
        e.getEntityType(),
        e.getEntityId(),
        e.getSummary(),
        e.getReason(),
        e.getRuleVersion(),
        e.getPreviousHash(),
        e.getHash());
  }
}
