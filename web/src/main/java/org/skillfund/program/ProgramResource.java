package org.skillfund.program;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.program.ProgramJson.BudgetChangeRequest;
import org.skillfund.program.ProgramJson.Creation;
import org.skillfund.program.ProgramJson.Detail;
import org.skillfund.program.ProgramJson.Summary;
import org.skillfund.program.ProgramJson.Version;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;
import org.skillfund.shared.SchemeDate;

/** Funding programs: definitions, budgets by state and stream and their versions. */
@RequestScoped
@Path("v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Funding programs, budgets and their versions")
public class ProgramResource {

  @EJB private ProgramService programs;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Programs, newest window first (signed-in staff and providers)")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<Summary> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    var request = in.page(page, size);
    in.check();
    LocalDate today = SchemeDate.today();
    return PageResponse.of(programs.list(request).map(p -> Summary.of(p, today)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a program with its budgets (program managers)")
  @APIResponse(responseCode = "201", description = "The program")
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or not valid; nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(Creation request) {
    if (request == null || request.program() == null) {
      throw InvalidRequestException.of("program", "send the program definition as a JSON object");
    }
    FundingProgram created = programs.create(request.program(), request.reason());
    return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
        .entity(Detail.of(created, programs.budgets(created.getCode()), SchemeDate.today()))
        .build();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "A program with its courses, prices, targets and budgets")
  @APIResponse(responseCode = "200", description = "The program")
  @APIResponse(
      responseCode = "404",
      description = "No such program",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Detail find(@PathParam("code") String code) {
    return Detail.of(programs.find(code), programs.budgets(code), SchemeDate.today());
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change a program's name, window, fee rule, provider cap, courses, prices and targets"
              + " (program managers); streams and budgets change on their own")
  @APIResponse(responseCode = "200", description = "The program")
  @APIResponse(
      responseCode = "409",
      description = "The provider cap would drop below what a provider holds; nothing changed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Detail redefine(@PathParam("code") String code, Creation request) {
    if (request == null || request.program() == null) {
      throw InvalidRequestException.of("program", "send the program definition as a JSON object");
    }
    FundingProgram changed = programs.redefine(code, request.program(), request.reason());
    return Detail.of(changed, programs.budgets(code), SchemeDate.today());
  }

  @PUT
  @Path("{code}/budgets/{state}/{stream}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set a budget to a new amount as its next version (program managers); never below what"
              + " is committed")
  @APIResponse(responseCode = "200", description = "The budget as it is now")
  @APIResponse(
      responseCode = "409",
      description = "The amount is below what approvals have committed; nothing changed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProgramJson.Budget changeBudget(
      @PathParam("code") String code,
      @PathParam("state") String state,
      @PathParam("stream") String stream,
      BudgetChangeRequest request) {
    RequestInputs in = new RequestInputs();
    AustralianState where = in.required("state", in.choice("state", state, AustralianState.class));
    if (request == null) {
      in.invalid("body", "send the new amount and a reason as a JSON object");
    } else {
      in.required("cents", request.cents());
      in.required("reason", request.reason());
    }
    in.check();
    return ProgramJson.Budget.of(
        programs.changeBudget(code, where, stream, request.cents(), request.reason()));
  }

  @GET
  @Path("{code}/budget-versions")
  @Operation(summary = "Every version of the program's budgets, newest first")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<Version> versions(
      @PathParam("code") String code,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(programs.budgetChanges(code, request).map(Version::of));
  }
}
