package org.skillfund.eligibility;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.eligibility.RuleSetJson.StartRequest;
import org.skillfund.eligibility.RuleSetJson.StartResponse;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.RequestInputs;

/** A learner's entitlement ledger: funded starts across providers and programs, by USI. */
@RequestScoped
@Path("v1/ledger/{usi}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entitlement ledger", description = "Funded starts per learner, read by the rules")
public class LedgerResource {

  private static final String ISO_DATE = "an ISO date such as 2021-03-01";

  @EJB private LedgerService ledger;

  @GET
  @Operation(summary = "A learner's funded starts (OFFICER, DELEGATE, AUDITOR, ADMIN)")
  @APIResponse(responseCode = "200", description = "Oldest first")
  public List<StartResponse> starts(@PathParam("usi") String usi) {
    return ledger.startsOf(usi).stream().map(StartResponse::of).toList();
  }

  @POST
  @Path("starts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a funded start known from another system (ADMIN)")
  @APIResponse(responseCode = "201", description = "The recorded start")
  public Response record(@PathParam("usi") String usi, StartRequest request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the start as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    String program = in.required("programCode", in.text("programCode", request.programCode(), 30));
    String course = in.required("courseCode", in.text("courseCode", request.courseCode(), 12));
    LocalDate start =
        in.required(
            "startDate", in.parsed("startDate", request.startDate(), LocalDate::parse, ISO_DATE));
    LocalDate end = in.parsed("endDate", request.endDate(), LocalDate::parse, ISO_DATE);
    String reason = in.required("reason", request.reason());
    in.check();
    LedgerEntry entry =
        ledger.recordStart(usi, program.strip(), course.strip(), start, end, reason);
    return Response.status(Response.Status.CREATED).entity(StartResponse.of(entry)).build();
  }
}
