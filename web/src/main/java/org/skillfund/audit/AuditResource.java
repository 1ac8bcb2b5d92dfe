package org.skillfund.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/** The audit trail, for auditors: browse events and verify the hash chain. */
@RequestScoped
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only, hash-chained audit trail (AUDITOR role)")
@SecurityRequirement(name = "basic")
@APIResponse(
    responseCode = "401",
    description = "Not signed in",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "403",
    description = "Signed in without the AUDITOR role",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

  @EJB private AuditService audit;

  @GET
  @Path("events")
  @Operation(summary = "Audit events, newest first, filtered and paged")
  @APIResponse(responseCode = "200", description = "One page of events")
  @APIResponse(
      responseCode = "400",
      description = "A filter or paging parameter is not valid",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PageResponse<AuditEventView> events(
      @Parameter(description = "User name of the actor") @QueryParam("actor") String actor,
      @Parameter(description = "Action, e.g. SIGN_IN_FAILED") @QueryParam("action") String action,
      @Parameter(description = "Kind of record, e.g. UserAccount") @QueryParam("entityType")
          String entityType,
      @Parameter(
              description = "Events at or after this instant, ISO-8601 e.g. 2026-11-26T00:00:00Z")
          @QueryParam("from")
          String from,
      @Parameter(description = "Events before this instant, ISO-8601") @QueryParam("to") String to,
      @Parameter(description = "Page number from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
    RequestInputs parameters = new RequestInputs();
    String expected = "an ISO-8601 instant such as 2026-11-26T00:00:00Z";
    AuditFilter filter =
        new AuditFilter(
            parameters.text("actor", actor, 120),
            parameters.text("action", action, 60),
            parameters.text("entityType", entityType, 60),
            parameters.parsed("from", from, Instant::parse, expected),
            parameters.parsed("to", to, Instant::parse, expected));
    PageRequest request = parameters.page(page, size);
    parameters.check();
    return PageResponse.of(audit.find(filter, request).map(AuditEventView::of));
  }

  @GET
  @Path("verify")
  @Operation(
      summary = "Re-compute every hash and check every link of the chain",
      description = "valid:false names the first broken event and what is wrong with it")
  @APIResponse(responseCode = "200", description = "The verification result")
  public ChainVerification verify() {
    return audit.verifyChain();
  }
}
