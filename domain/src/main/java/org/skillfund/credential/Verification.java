package org.skillfund.credential;

import java.util.Map;

/**
 * What checking a credential found: the outcome and, in plain words, why.
 *
 * @param outcome valid, or the first reason it is not
 * @param reason a sentence a learner or employer can act on
 * @param credential the credential's claims when the signature held (null otherwise)
 */
public record Verification(Outcome outcome, String reason, Map<String, Object> credential) {

  /** The outcome of a verification, in the order the checks run. */
  public enum Outcome {
    VALID,
    MALFORMED,
    BAD_SIGNATURE,
    NOT_YET_VALID,
    EXPIRED,
    REVOKED
  }

  public boolean isValid() {
    return outcome == Outcome.VALID;
  }
}
