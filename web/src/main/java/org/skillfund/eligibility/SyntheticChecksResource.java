package org.skillfund.eligibility;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.eligibility.RuleSetJson.SyntheticRequest;
import org.skillfund.shared.InvalidRequestException;

/** Synthetic checks for training and benchmark installations (off unless configured). */
@RequestScoped
@Path("v1/admin/synthetic-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SyntheticChecksResource {

  @EJB private SyntheticChecksService synthetic;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Generate synthetic JobTrainer checks (ADMIN; 404 unless"
              + " skillfund.synthetic-data.enabled=true)")
  @APIResponse(responseCode = "201", description = "How many were stored and how long it took")
  public Response generate(SyntheticRequest request) {
    if (request == null || request.count() == null) {
      throw InvalidRequestException.of("count", "is required");
    }
    if (request.count() < 1 || request.count() > SyntheticChecksService.MAX_COUNT) {
      throw InvalidRequestException.of(
          "count", "must be from 1 to " + SyntheticChecksService.MAX_COUNT);
    }
    long started = System.nanoTime();
    int created =
        synthetic.generate(
            request.count().intValue(), request.seed() == null ? 1L : request.seed());
    JsonObject body =
        Json.createObjectBuilder()
            .add("created", created)
            .add("millis", (System.nanoTime() - started) / 1_000_000)
            .build();
    return Response.status(Response.Status.CREATED).entity(body).build();
  }
}
