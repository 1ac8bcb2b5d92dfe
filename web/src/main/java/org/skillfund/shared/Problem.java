package org.skillfund.shared;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, with the fields at fault when the input was wrong.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title the status in words
 * @param status the HTTP status
 * @param detail what went wrong, in words a user can act on
 * @param errors the fields at fault, when the input was wrong
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One field at fault.
   *
   * @param field the query parameter, path parameter or JSON property
   * @param message what is wrong with it
   */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    Response.Status status = Response.Status.BAD_REQUEST;
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
  }

  /** A 404 whose body is this kind of problem, for a record that does not exist. */
  public static NotFoundException notFound(String detail) {
    return new NotFoundException(of(Response.Status.NOT_FOUND, detail).toResponse());
  }

  /** The problem as a response with the problem+json media type. */
  public Response toResponse() {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
        .entity(this)
        .build();
  }
}
