package org.skillfund.claim;

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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.claim.ClaimJson.Adjustment;
import org.skillfund.claim.ClaimJson.Check;
import org.skillfund.claim.ClaimJson.Creation;
import org.skillfund.claim.ClaimJson.Reason;
import org.skillfund.claim.ClaimJson.View;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/**
 * Claims: providers claim the commencement and completion parts of their enrolments; officers
 * validate (or reject before validation); delegates approve, reject and recover. Provider users
 * reach only their own claims.
 *
 * <p>{@code POST /claims} with an {@code Idempotency-Key} header is safe to repeat, at once too:
 *
 * <ul>
 *   <li>the first request with a key makes the claim (201); every later request with the same key
 *       and the same body answers that same claim (200), never a second one;
 *   <li>simultaneous identical requests wait for one another (on the enrolment), so each answers
 *       the same claim: one 201, the others 200. Only a request that waited longer than the
 *       database's lock timeout is answered 409 problem+json ("a request for this enrolment is in
 *       progress"); nothing was changed, and the same request again answers the claim;
 *   <li>the same key with another body (another enrolment or part) is 409 problem+json ("this
 *       Idempotency-Key was already used for another claim").
 * </ul>
 */
@RequestScoped
@Path("v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims for funded places, validation and approval")
public class ClaimResource {

  @EJB private ClaimService claims;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Claims, oldest first (department: all; provider users: their own)")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<View> list(
      @QueryParam("status") String status,
      @QueryParam("batch") String batch,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    ClaimStatus parsed = in.choice("status", status, ClaimStatus.class);
    in.text("batch", batch, 36);
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(claims.list(parsed, batch, request).map(c -> View.of(c, Set.of())));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Claim one part of a confirmed enrolment (provider users). A repeated request with the"
              + " same Idempotency-Key, simultaneous ones too, answers the same claim (200)"
              + " instead of a new one (201)")
  @APIResponse(responseCode = "201", description = "The new claim")
  @APIResponse(responseCode = "200", description = "The claim this Idempotency-Key made before")
  @APIResponse(
      responseCode = "409",
      description =
          "The learner has not confirmed the enrolment, the course is not completed, the part"
              + " was claimed before, the course has not started (no part is claimed before the"
              + " enrolment's start date, today in Australia/Sydney; the detail names the date),"
              + " the Idempotency-Key was used for another enrolment or part, or an identical"
              + " request is still in progress (send it again)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(
      @Parameter(description = "A key the client chooses per claim, so a retry is safe")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      Creation request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the claim as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    in.required("enrolmentId", request.enrolmentId());
    in.text("enrolmentId", request.enrolmentId(), 36);
    ClaimKind kind = in.required("kind", in.choice("kind", request.kind(), ClaimKind.class));
    in.check();
    ClaimSubmission submitted = claims.submit(request.enrolmentId(), kind, idempotencyKey);
    Claim claim = submitted.claim();
    View view = View.of(claim, claims.actions(claim.getId()));
    if (!submitted.created()) {
      return Response.ok(view).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(claim.getId()).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One claim, with the actions the caller may take")
  @APIResponse(responseCode = "200", description = "The claim")
  @APIResponse(
      responseCode = "404",
      description = "No such claim, or another provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View find(@PathParam("id") String id) {
    return View.of(claims.find(id), claims.actions(id));
  }

  @GET
  @Path("{id}/checks")
  @Operation(summary = "The automatic checks as they come out now (department)")
  @APIResponse(responseCode = "200", description = "Each check, passed or failed, in words")
  public List<Check> checks(@PathParam("id") String id) {
    return claims.checksOf(id).stream().map(c -> new Check(c.id(), c.passed(), c.words())).toList();
  }

  @POST
  @Path("{id}/validation")
  @Operation(
      summary =
          "Validate (officers): confirmed by the learner, within the allocation, not claimed"
              + " before, learner still eligible on the start date, provider not suspended")
  @APIResponse(responseCode = "200", description = "The validated claim")
  @APIResponse(
      responseCode = "409",
      description = "A check failed (each failed check is named) or the claim is not submitted",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View validate(@PathParam("id") String id) {
    return view(claims.validate(id));
  }

  @POST
  @Path("{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve a validated claim (delegates, within their limit, not their own)")
  @APIResponse(responseCode = "200", description = "The approved claim")
  @APIResponse(
      responseCode = "403",
      description = "Above the delegate's limit, or the delegate validated it",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View approve(@PathParam("id") String id, Reason request) {
    return view(claims.approve(id, request == null ? null : request.reason()));
  }

  @POST
  @Path("{id}/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject a claim, saying why (officers before validation, delegates after)")
  @APIResponse(responseCode = "200", description = "The rejected claim")
  public View reject(@PathParam("id") String id, Reason request) {
    return view(claims.reject(id, request == null ? null : request.reason()));
  }

  @POST
  @Path("{id}/recovery")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Recover a paid claim found ineligible later (delegates): a negative adjustment, the"
              + " budget's spent amount reduced")
  @APIResponse(responseCode = "200", description = "The adjustment")
  public Adjustment recover(@PathParam("id") String id, Reason request) {
    return Adjustment.of(claims.recover(id, request == null ? null : request.reason()));
  }

  private View view(Claim claim) {
    return View.of(claim, claims.actions(claim.getId()));
  }
}
