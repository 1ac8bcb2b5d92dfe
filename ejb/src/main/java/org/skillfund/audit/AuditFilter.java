package org.skillfund.audit;

import java.time.Instant;

/**
 * Which audit events an auditor wants to see; null fields match anything.
 *
 * @param actor the user name
 * @param action the action, e.g. SIGN_IN_FAILED
 * @param entityType the kind of record
 * @param from events at or after this instant
 * @param to events before this instant
 */
public record AuditFilter(
    String actor, String action, String entityType, Instant from, Instant to) {

  public AuditFilter {
    actor = blankToNull(actor);
    action = blankToNull(action);
    entityType = blankToNull(entityType);
  }

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
