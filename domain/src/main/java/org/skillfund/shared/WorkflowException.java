package org.skillfund.shared;

/**
 * A step the workflow does not allow from the current state or for the caller's role. Services turn
 * it into a 409 (wrong state) or 403 (wrong role) answer.
 */
public class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean roleRefused;

  public WorkflowException(String message, boolean roleRefused) {
    super(message);
    this.roleRefused = roleRefused;
  }

  /** True when the caller's role may not take the step; false when the state does not allow it. */
  public boolean isRoleRefused() {
    return roleRefused;
  }
}
