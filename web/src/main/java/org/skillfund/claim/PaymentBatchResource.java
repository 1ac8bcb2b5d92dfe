package org.skillfund.claim;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.claim.ClaimJson.Batch;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/** Payment batches: every approved claim paid at once, with a payment file and its totals. */
@RequestScoped
@Path("v1/payment-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment batches", description = "Approved claims paid together")
public class PaymentBatchResource {

  @EJB private ClaimService claims;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Payment batches, newest first (department)")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<Batch> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(claims.batches(request).map(Batch::of));
  }

  @POST
  @Operation(
      summary =
          "Pay every approved claim in one batch (delegates): budgets' spent counters grow, the"
              + " claims are marked paid")
  @APIResponse(responseCode = "201", description = "The batch with its count and total")
  @APIResponse(
      responseCode = "409",
      description = "No approved claims, or a budget has too little committed money left",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create() {
    PaymentBatch batch = claims.pay();
    return Response.created(uri.getAbsolutePathBuilder().path(batch.getId()).build())
        .entity(Batch.of(batch))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One payment batch")
  @APIResponse(responseCode = "200", description = "The batch")
  public Batch find(@PathParam("id") String id) {
    return Batch.of(claims.batch(id));
  }

  @GET
  @Path("{id}/file")
  @Produces("text/csv")
  @Operation(
      summary =
          "The payment file: header, one detail record per claim, trailer with count and total"
              + " (CSV in the manner of an ABA file)")
  @APIResponse(responseCode = "200", description = "The file")
  public Response file(@PathParam("id") String id) {
    return Response.ok(claims.paymentFile(id), "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"payment-" + id + ".csv\"")
        .build();
  }
}
