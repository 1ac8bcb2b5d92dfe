package org.skillfund.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request that is well formed but cannot be done in the current state of things (a published
 * version changed, a decision taken twice, a budget exhausted); nothing was changed. REST answers
 * it with 409 problem+json, pages show the message.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
