package org.skillfund.eligibility;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.eligibility.RuleSetJson.DraftRequest;
import org.skillfund.eligibility.RuleSetJson.ParameterChange;
import org.skillfund.eligibility.RuleSetJson.Reason;
import org.skillfund.eligibility.RuleSetJson.RuleSetResponse;
import org.skillfund.eligibility.RuleSetJson.WhatIfResponse;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/**
 * Rule-set versions: program managers draft, change, try (what-if) and publish them; auditors and
 * administrators read them. A published version never changes (409 on any change).
 */
@RequestScoped
@Path("v1/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets", description = "Dated, versioned eligibility rule parameters")
public class RuleSetResource {

  @EJB private RuleSetService ruleSets;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Every version, newest first; filter by program")
  @APIResponse(responseCode = "200", description = "The versions, without their parameters")
  public List<RuleSetResponse> list(@QueryParam("program") String program) {
    String code = program == null || program.isBlank() ? null : program.strip();
    if (code != null && Programs.find(code).isEmpty()) {
      throw InvalidRequestException.of("program", "is not a program Skillfund knows");
    }
    return ruleSets.versions(code).stream().map(RuleSetResponse::summary).toList();
  }

  @GET
  @Path("{version}")
  @Operation(summary = "One version with its parameters and their sources")
  @APIResponse(responseCode = "200", description = "The version")
  @APIResponse(
      responseCode = "404",
      description = "No such version",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RuleSetResponse find(@PathParam("version") String version) {
    return ruleSets
        .find(version)
        .map(RuleSetResponse::full)
        .orElseThrow(() -> Problem.notFound("No rule set version " + version + "."));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Draft a new version from an existing one (PROGRAM_MANAGER)")
  @APIResponse(responseCode = "201", description = "The draft; Location names it")
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or not valid; nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response draft(DraftRequest request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the draft as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    String program = in.required("programCode", in.text("programCode", request.programCode(), 30));
    String basedOn = in.required("basedOn", in.text("basedOn", request.basedOn(), 60));
    String version = in.required("version", in.text("version", request.version(), 60));
    LocalDate from =
        in.required(
            "effectiveFrom",
            in.parsed("effectiveFrom", request.effectiveFrom(), LocalDate::parse, "an ISO date"));
    String reason = in.required("reason", request.reason());
    in.check();
    RuleSet draft = ruleSets.draft(program.strip(), basedOn.strip(), version.strip(), from, reason);
    return Response.created(uri.getAbsolutePathBuilder().path(draft.getVersion()).build())
        .entity(RuleSetResponse.full(draft))
        .build();
  }

  @PUT
  @Path("{version}/parameters/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change one parameter of a draft (PROGRAM_MANAGER)")
  @APIResponse(responseCode = "200", description = "The draft as changed")
  @APIResponse(
      responseCode = "409",
      description = "The version is published and never changes",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RuleSetResponse change(
      @PathParam("version") String version,
      @PathParam("name") String name,
      ParameterChange change) {
    if (change == null) {
      throw InvalidRequestException.of("body", "send the change as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    in.required("value", in.text("value", change.value(), 1000));
    in.required("source", change.source());
    in.required("reason", change.reason());
    in.check();
    return RuleSetResponse.full(
        ruleSets.changeParameter(version, name, change.value(), change.source(), change.reason()));
  }

  @POST
  @Path("{version}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish a draft; from then on it never changes (PROGRAM_MANAGER)")
  @APIResponse(responseCode = "200", description = "The published version")
  @APIResponse(
      responseCode = "409",
      description = "Already published, or not after every published version",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RuleSetResponse publish(@PathParam("version") String version, Reason reason) {
    return RuleSetResponse.full(ruleSets.publish(version, reason == null ? null : reason.reason()));
  }

  @DELETE
  @Path("{version}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Discard a draft (PROGRAM_MANAGER); the reason goes in the body")
  @APIResponse(responseCode = "204", description = "Discarded")
  @APIResponse(
      responseCode = "409",
      description = "The version is published",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response discard(@PathParam("version") String version, Reason reason) {
    ruleSets.discard(version, reason == null ? null : reason.reason());
    return Response.noContent().build();
  }

  @POST
  @Path("{version}/what-if")
  @Operation(
      summary =
          "Run a version over stored checks: who would gain, lose or keep eligibility"
              + " (PROGRAM_MANAGER, AUDITOR). Stored decisions are not changed.")
  @APIResponse(responseCode = "200", description = "Counts in total, by state and by course")
  public WhatIfResponse whatIf(
      @PathParam("version") String version, @QueryParam("scope") String scope) {
    RequestInputs in = new RequestInputs();
    Scope chosen = in.choice("scope", scope, Scope.class);
    in.check();
    boolean all = chosen == Scope.ALL;
    long started = System.nanoTime();
    WhatIf.Report report = ruleSets.whatIf(version, all);
    long millis = (System.nanoTime() - started) / 1_000_000;
    return WhatIfResponse.of(report, all ? Scope.ALL.name() : Scope.PERIOD.name(), millis);
  }

  /** Which stored checks a what-if runs over. */
  public enum Scope {
    /** Checks whose course starts in the version's period (the default). */
    PERIOD,
    /** Every stored check of the program. */
    ALL
  }
}
