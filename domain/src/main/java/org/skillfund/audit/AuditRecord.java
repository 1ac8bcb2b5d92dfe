package org.skillfund.audit;

import java.util.Objects;

/**
 * What a service wants written to the audit trail; the trail adds the sequence number, time and
 * hashes.
 *
 * @param actor the user name, or {@code anonymous} / {@code system}
 * @param actorRoles the actor's roles, comma separated, at the time of the event
 * @param action what happened, e.g. {@code SIGN_IN_FAILED}
 * @param entityType the kind of record, e.g. {@code TrainingProduct}
 * @param entityId the record's identifier, if there is one
 * @param summary what changed, before and after, in words
 * @param reason why, as the actor gave it
 * @param ruleVersion the rule-set version that decided, for decisions made under rules
 */
public record AuditRecord(
    String actor,
    String actorRoles,
    String action,
    String entityType,
    String entityId,
    String summary,
    String reason,
    String ruleVersion) {

  public AuditRecord {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorRoles, "actorRoles");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(summary, "summary");
  }

  /** An event with no reason or rule version, as most changes outside decisions are. */
  public static AuditRecord of(
      String actor,
      String actorRoles,
      String action,
      String entityType,
      String entityId,
      String summary) {
    return new AuditRecord(actor, actorRoles, action, entityType, entityId, summary, null, null);
  }
}
