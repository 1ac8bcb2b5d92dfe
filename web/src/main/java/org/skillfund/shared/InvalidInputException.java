package org.skillfund.shared;

import java.util.List;

/** Input that fails validation at the boundary; answered with 400 and the fields at fault. */
public class InvalidInputException extends RuntimeException {

  private final List<Problem.FieldError> errors;

  public InvalidInputException(List<Problem.FieldError> errors) {
    super(
        "The request has "
            + errors.size()
            + (errors.size() == 1 ? " invalid field." : " invalid fields."));
    this.errors = List.copyOf(errors);
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
