package org.skillfund.shared;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist (or the caller may not know it exists). REST answers it with
 * 404 problem+json.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
