package org.skillfund.shared;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this to this item, though their role may do it elsewhere: separation of
 * duties (nobody approves what they submitted or assessed) or a declared conflict of interest. REST
 * answers it with 403 problem+json giving the reason; nothing was changed.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
