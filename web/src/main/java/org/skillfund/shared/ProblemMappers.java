package org.skillfund.shared;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.skillfund.program.BudgetExhaustedException;

/** Turns every failure of a REST call into problem+json; no stack trace ever reaches a client. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** 400 with the fields at fault. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidRequestException> {
    @Override
    public Response toResponse(InvalidRequestException e) {
      return Problem.invalid(
              e.getMessage(),
              e.problems().stream()
                  .map(p -> new Problem.FieldError(p.field(), p.message()))
                  .toList())
          .toResponse();
    }
  }

  /** 409 when the request cannot be done in the current state; nothing changed. */
  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      if (e instanceof BudgetExhaustedException exhausted) {
        // RFC 9457 extension members: what is left and what was needed, in cents
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", Response.Status.CONFLICT.getReasonPhrase());
        body.put("status", Response.Status.CONFLICT.getStatusCode());
        body.put("detail", e.getMessage());
        body.put("remainingCents", exhausted.remainingCents());
        body.put("neededCents", exhausted.neededCents());
        return Response.status(Response.Status.CONFLICT)
            .type(MediaType.valueOf(Problem.MEDIA_TYPE + ";charset=UTF-8"))
            .entity(body)
            .build();
      }
      return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }
  }

  /** 403 with the reason when separation of duties or a conflict of interest refuses the caller. */
  @Provider
  public static class Refused implements ExceptionMapper<ForbiddenException> {
    @Override
    public Response toResponse(ForbiddenException e) {
      return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }
  }

  /** 404 when a service finds nothing with that id. */
  @Provider
  public static class Missing implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }
  }

  /** 400 for Bean Validation on resource parameters and bodies, naming each field. */
  @Provider
  public static class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Problem.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
              .toList();
      return errors.isEmpty()
          ? Problem.of(Response.Status.BAD_REQUEST, "The request is not valid.").toResponse()
          : Problem.invalid("The request has invalid fields.", errors).toResponse();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
      String field = null;
      for (Path.Node node : violation.getPropertyPath()) {
        field = node.getName();
      }
      return field;
    }
  }

  private static Response malformedJson() {
    return Problem.of(
            Response.Status.BAD_REQUEST, "The request body is not valid JSON for this endpoint.")
        .toResponse();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** 400 for a body that is not the JSON the endpoint expects. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return malformedJson();
    }
  }

  /** JAX-RS's own refusals (404, 405, 406, 415 ...) keep their status. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (e.getResponse().hasEntity()) {
        return e.getResponse();
      }
      Response.StatusType status = e.getResponse().getStatusInfo();
      Response.Status known = Response.Status.fromStatusCode(status.getStatusCode());
      String detail =
          switch (status.getStatusCode()) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "This address answers with application/json only.";
            case 415 -> "Send the request body as application/json.";
            default -> status.getReasonPhrase();
          };
      return known == null
          ? Response.status(status).build()
          : Problem.of(known, detail).toResponse();
    }
  }

  /**
   * True when the failure is the database being out of reach (its connection lost or refused, the
   * server shutting down or out of connections, the pool unable to hand out one), not a fault of
   * the request or of the code: SQLSTATE classes 08 (connection), 57P (operator intervention, e.g.
   * {@code pg_terminate_backend} or a restart) and 53 (insufficient resources), or a resource
   * allocation failure of the container's pool.
   */
  static boolean databaseUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
          return true;
        }
      }
      if (t.getClass().getName().startsWith("jakarta.resource.")
          || t instanceof jakarta.transaction.SystemException
          || t instanceof javax.transaction.xa.XAException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * 401 when a service needs a signed-in caller and there is none, 403 when it refuses the caller's
   * role; 503 with Retry-After while the database is out of reach (the pool reconnects by itself);
   * 500 with a reference for anything else.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {

    @Context private SecurityContext security;

    @Override
    public Response toResponse(Throwable e) {
      Throwable cause = e;
      while (cause instanceof EJBException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
        if (security.getUserPrincipal() == null) {
          return Response.fromResponse(
                  Problem.of(
                          Response.Status.UNAUTHORIZED,
                          "Sign in with HTTP Basic to use this endpoint.")
                      .toResponse())
              .header("WWW-Authenticate", "Basic realm=\"skillfund\", charset=\"UTF-8\"")
              .build();
        }
        return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse();
      }
      if (cause instanceof InvalidRequestException invalid) {
        return new InvalidInput().toResponse(invalid);
      }
      if (cause instanceof ConflictException conflict) {
        return new Conflict().toResponse(conflict);
      }
      if (cause instanceof ForbiddenException refused) {
        return new Refused().toResponse(refused);
      }
      if (cause instanceof NotFoundException missing) {
        return new Missing().toResponse(missing);
      }
      if (cause instanceof ConstraintViolationException violations) {
        return new Validation().toResponse(violations);
      }
      if (e instanceof ProcessingException && causedBy(e, JsonbException.class)) {
        return malformedJson();
      }
      String reference = UUID.randomUUID().toString();
      if (databaseUnavailable(e)) {
        LOG.log(Level.WARNING, "Database unavailable, reference " + reference + ": " + e);
        return Response.fromResponse(
                Problem.of(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "The database cannot be reached just now; nothing was changed. Try again"
                            + " in a few seconds. Reference: "
                            + reference)
                    .toResponse())
            .header("Retry-After", "5")
            .build();
      }
      LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
      return Problem.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              "Something went wrong on our side; nothing was changed. Reference: " + reference)
          .toResponse();
    }
  }
}
