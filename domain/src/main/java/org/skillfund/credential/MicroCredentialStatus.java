package org.skillfund.credential;

/** Where a micro-credential stands with the endorsement panel (DESIGN.md, workflows). */
public enum MicroCredentialStatus {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  CHANGES_REQUESTED,
  ENDORSED,
  DECLINED,
  RETIRED
}
