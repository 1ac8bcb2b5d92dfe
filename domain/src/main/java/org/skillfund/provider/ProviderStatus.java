package org.skillfund.provider;

/** Where a training provider stands with the department (DESIGN.md, provider workflow). */
public enum ProviderStatus {
  DRAFT,
  SUBMITTED,
  UNDER_ASSESSMENT,
  APPROVED,
  REJECTED,
  SUSPENDED,
  REVOKED
}
