package org.skillfund.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request a service refuses because of what was asked, naming each field at fault in words the
 * user can act on; nothing was changed. REST answers it with 400 problem+json, pages show each
 * message next to its field.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One field at fault.
   *
   * @param field the field, as the request names it (e.g. learner.dateOfBirth)
   * @param message what is wrong with it
   */
  public record FieldProblem(String field, String message) implements java.io.Serializable {}

  private final List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super(
        "The request has "
            + problems.size()
            + (problems.size() == 1 ? " invalid field." : " invalid fields."));
    this.problems = List.copyOf(problems);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
