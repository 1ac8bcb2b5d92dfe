package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.eligibility.EmploymentStatus;
import org.skillfund.eligibility.Residency;
import org.skillfund.placement.EnrolmentJson.Answer;
import org.skillfund.placement.EnrolmentJson.Creation;
import org.skillfund.placement.EnrolmentJson.Reason;
import org.skillfund.placement.EnrolmentJson.Resolution;
import org.skillfund.placement.EnrolmentJson.View;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/**
 * Enrolments: providers enrol learners into their allocated places, record commencement, completion
 * and withdrawal; learners confirm or dispute from their mailed link; officers resolve disputes.
 * Provider users reach only their own provider's enrolments; any other id answers 404.
 */
@RequestScoped
@Path("v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "Learners enrolled into funded places, and their answers")
public class EnrolmentResource {

  private static final String DATE = "a date as YYYY-MM-DD";

  @EJB private EnrolmentService enrolments;

  @EJB private EnrolmentImport imports;

  @Context private UriInfo uri;

  @GET
  @Operation(
      summary =
          "Enrolments, oldest first (department: all, e.g. status=DISPUTED for the officers'"
              + " queue; provider users: their own)")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<View> list(
      @QueryParam("status") String status,
      @QueryParam("allocation") String allocation,
      @QueryParam("usi") String usi,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    EnrolmentStatus parsed = in.choice("status", status, EnrolmentStatus.class);
    in.text("allocation", allocation, 36);
    in.text("usi", usi, 10);
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(
        enrolments.list(parsed, allocation, usi, request).map(e -> View.of(e, Set.of())));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Enrol a learner into one place of the caller's allocation (provider users). Runs the"
              + " program's eligibility rules as of the start date, checks the entitlement ledger,"
              + " takes one place and the learner's entitlement in one transaction and mails the"
              + " learner a one-time confirmation link. A repeated request with the same"
              + " Idempotency-Key answers the same enrolment (200) instead of a new one (201)")
  @APIResponse(responseCode = "201", description = "The enrolment, waiting for the learner")
  @APIResponse(responseCode = "200", description = "The enrolment this Idempotency-Key made before")
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or not valid; nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such allocation, or another provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "No places left, the learner already holds a JobTrainer place, or the learner is not"
              + " eligible (the detail names the failed rules); nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(
      @Parameter(description = "A key the client chooses per enrolment, so a retry is safe")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      Creation request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the enrolment as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    in.required("allocationId", request.allocationId());
    in.required("learner", request.learner());
    LocalDate start =
        in.required(
            "startDate", in.parsed("startDate", request.startDate(), LocalDate::parse, DATE));
    LocalDate born = null;
    if (request.learner() != null) {
      born =
          in.required(
              "learner.dateOfBirth",
              in.parsed(
                  "learner.dateOfBirth", request.learner().dateOfBirth(), LocalDate::parse, DATE));
    }
    Residency residency =
        in.required("residency", in.choice("residency", request.residency(), Residency.class));
    EmploymentStatus employment =
        in.required(
            "employmentStatus",
            in.choice("employmentStatus", request.employmentStatus(), EmploymentStatus.class));
    in.check();
    EnrolmentSubmission submitted =
        enrolments.enrol(
            new EnrolmentInput(
                request.allocationId(),
                new LearnerIdentity(
                    request.learner().usi(),
                    request.learner().givenName(),
                    request.learner().familyName(),
                    born,
                    request.learner().email()),
                start,
                residency,
                employment,
                Boolean.TRUE.equals(request.schoolStudent()),
                request.highestAqfLevelHeld()),
            idempotencyKey);
    Enrolment created = submitted.enrolment();
    View view = View.of(created, enrolments.actions(created.getId()));
    if (!submitted.created()) {
      return Response.ok(view).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(created.getId()).build())
        .entity(view)
        .build();
  }

  @POST
  @Path("bulk")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary =
          "Bulk enrolment from a CSV file (provider users), header "
              + EnrolmentCsv.HEADER
              + ", at most "
              + EnrolmentImport.MAX_ROWS
              + " rows. Per-row atomic: each row is enrolled completely, exactly like a single"
              + " enrolment (rows earlier in the file count), or rejected changing nothing; the"
              + " report lists every row as accepted (with its enrolment) or rejected (with why)")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(
      responseCode = "400",
      description = "Not a file with the header, no rows or too many rows; nothing was enrolled",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public EnrolmentImport.Report bulk(String csv) {
    return imports.importCsv(csv);
  }

  @GET
  @Path("mine")
  @Operation(summary = "The signed-in learner's own enrolments (by their account's USI)")
  @APIResponse(responseCode = "200", description = "Newest first")
  public List<View> mine() {
    return enrolments.mine().stream().map(e -> View.of(e, Set.of())).toList();
  }

  @GET
  @Path("confirmations/{token}")
  @Operation(
      summary =
          "The enrolment a confirmation link points to (the learner it belongs to, signed in)")
  @APIResponse(responseCode = "200", description = "The enrolment")
  @APIResponse(
      responseCode = "404",
      description = "Not a link, or another learner's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View link(@PathParam("token") String token) {
    return View.of(enrolments.byLink(token), Set.of());
  }

  @POST
  @Path("confirmations/{token}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The learner's answer from their one-time link: CONFIRM, or DISPUTE (\"I did not"
              + " enrol\", flagged to officers)")
  @APIResponse(responseCode = "200", description = "The confirmed or disputed enrolment")
  @APIResponse(
      responseCode = "404",
      description = "Not a link, or another learner's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The link was already used or has expired",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View answer(@PathParam("token") String token, Answer request) {
    RequestInputs in = new RequestInputs();
    EnrolmentAction action =
        in.required(
            "answer",
            in.choice("answer", request == null ? null : request.answer(), EnrolmentAction.class));
    if (action != null && action != EnrolmentAction.CONFIRM && action != EnrolmentAction.DISPUTE) {
      in.invalid("answer", "must be CONFIRM or DISPUTE");
    }
    in.check();
    Enrolment answered =
        action == EnrolmentAction.CONFIRM
            ? enrolments.confirmByLearner(token)
            : enrolments.disputeByLearner(token, request.reason());
    return View.of(answered, Set.of());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One enrolment, with the actions the caller may take")
  @APIResponse(responseCode = "200", description = "The enrolment")
  @APIResponse(
      responseCode = "404",
      description = "No such enrolment, or another provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View find(@PathParam("id") String id) {
    return View.of(enrolments.find(id), enrolments.actions(id));
  }

  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Withdraw the learner (provider users); before commencement the place and the"
              + " learner's entitlement come back")
  @APIResponse(responseCode = "200", description = "The withdrawn enrolment")
  @APIResponse(
      responseCode = "409",
      description = "Already completed or withdrawn",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View withdraw(@PathParam("id") String id, Reason request) {
    return view(enrolments.withdraw(id, request == null ? null : request.reason()));
  }

  @POST
  @Path("{id}/commencement")
  @Operation(
      summary =
          "Record that a confirmed learner commenced (provider users), from the course's start"
              + " date on")
  @APIResponse(responseCode = "200", description = "The commenced enrolment")
  @APIResponse(
      responseCode = "409",
      description = "Not confirmed by the learner, or the course has not started (its date named)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View commence(@PathParam("id") String id) {
    return view(enrolments.commence(id));
  }

  @POST
  @Path("{id}/completion")
  @Operation(
      summary =
          "Record that the learner completed (provider users), from the course's start date on")
  @APIResponse(responseCode = "200", description = "The completed enrolment")
  @APIResponse(
      responseCode = "409",
      description = "Not commenced, or the course has not started (its date named)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View complete(@PathParam("id") String id) {
    return view(enrolments.complete(id));
  }

  @POST
  @Path("{id}/dispute-resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Resolve a disputed enrolment (officers): CANCEL (not genuine; place and entitlement"
              + " return) or REINSTATE (genuine; counts as confirmed)")
  @APIResponse(responseCode = "200", description = "The resolved enrolment")
  public View resolve(@PathParam("id") String id, Resolution request) {
    RequestInputs in = new RequestInputs();
    EnrolmentAction action =
        in.required(
            "action",
            in.choice("action", request == null ? null : request.action(), EnrolmentAction.class));
    in.check();
    return view(enrolments.resolveDispute(id, action, request.reason()));
  }

  private View view(Enrolment enrolment) {
    return View.of(enrolment, enrolments.actions(enrolment.getId()));
  }
}
