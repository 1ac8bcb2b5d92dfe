package org.skillfund.provider;

/** An assessing officer's rating of the risk of funding a provider. */
public enum RiskRating {
  LOW,
  MEDIUM,
  HIGH
}
