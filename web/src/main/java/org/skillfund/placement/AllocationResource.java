package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.placement.PlacementJson.AllocationView;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/** Allocations: places granted per course and state, with the places used and remaining. */
@RequestScoped
@Path("v1/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations", description = "Places granted to providers")
public class AllocationResource {

  @EJB private PlacementService placements;

  @GET
  @Operation(summary = "Allocations, newest first (department: all, filtered; providers: own)")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<AllocationView> list(
      @QueryParam("program") String program,
      @QueryParam("provider") String provider,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    in.text("program", program, 30);
    in.text("provider", provider, 36);
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(
        placements.allocations(program, provider, request).map(AllocationView::of));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One allocation")
  @APIResponse(responseCode = "200", description = "The allocation")
  @APIResponse(
      responseCode = "404",
      description = "No such allocation, or another provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public AllocationView find(@PathParam("id") String id) {
    return AllocationView.of(placements.allocation(id));
  }
}
