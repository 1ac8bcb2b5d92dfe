package org.skillfund.placement;

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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.placement.PlacementJson.Assessment;
import org.skillfund.placement.PlacementJson.Decision;
import org.skillfund.placement.PlacementJson.Reduction;
import org.skillfund.placement.PlacementJson.View;
import org.skillfund.placement.PlacementJson.Withdrawal;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/**
 * Place applications: providers create, edit, submit and withdraw; officers assess; delegates
 * decide and reduce. Provider users reach only their own; any other id answers 404.
 */
@RequestScoped
@Path("v1/place-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Place applications", description = "Applications for funded places and decisions")
public class PlaceApplicationResource {

  @EJB private PlacementService placements;

  @Context private UriInfo uri;

  @GET
  @Operation(
      summary =
          "Place applications, oldest submission first (department: all, filtered; provider"
              + " users: their own)")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<View> list(
      @QueryParam("status") List<String> status,
      @QueryParam("program") String program,
      @QueryParam("provider") String provider,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    Set<PlaceApplicationStatus> statuses = EnumSet.noneOf(PlaceApplicationStatus.class);
    for (String s : status == null ? List.<String>of() : status) {
      for (String one : s.split(",")) {
        PlaceApplicationStatus parsed = in.choice("status", one, PlaceApplicationStatus.class);
        if (parsed != null) {
          statuses.add(parsed);
        }
      }
    }
    in.text("program", program, 30);
    in.text("provider", provider, 36);
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(
        placements
            .list(new PlaceFilter(statuses, program, provider), request)
            .map(a -> View.of(a, Set.of())));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a draft application (users of an approved provider)")
  @APIResponse(responseCode = "201", description = "The draft")
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or not valid; nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(PlaceApplicationInput input) {
    if (input == null) {
      throw InvalidRequestException.of("body", "send the application as a JSON object");
    }
    PlaceApplication created = placements.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(created.getId()).build())
        .entity(view(created))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One application, with the actions the caller may take")
  @APIResponse(responseCode = "200", description = "The application")
  @APIResponse(
      responseCode = "404",
      description = "No such application, or another provider's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View find(@PathParam("id") String id) {
    return view(placements.find(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the content of a draft (provider users)")
  @APIResponse(responseCode = "200", description = "The draft")
  public View save(@PathParam("id") String id, PlaceApplicationInput input) {
    if (input == null) {
      throw InvalidRequestException.of("body", "send the application as a JSON object");
    }
    return view(placements.saveDraft(id, input));
  }

  @POST
  @Path("{id}/submission")
  @Operation(summary = "Submit a draft for assessment (provider admins); risk flags are computed")
  @APIResponse(responseCode = "200", description = "The submitted application")
  @APIResponse(
      responseCode = "409",
      description = "Not a draft",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View submit(@PathParam("id") String id) {
    return view(placements.submit(id));
  }

  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw a draft or submitted application (provider admins)")
  @APIResponse(responseCode = "200", description = "The withdrawn application")
  public View withdraw(@PathParam("id") String id, Withdrawal request) {
    return view(placements.withdraw(id, request == null ? null : request.reason()));
  }

  @POST
  @Path("{id}/assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Assess: a score from 0 to 5 per criterion (SKILLS_NEED, DELIVERY_CAPABILITY,"
              + " INDUSTRY_ENGAGEMENT, PAST_PERFORMANCE, VALUE_FOR_MONEY), places recommended"
              + " per line and a note (officers)")
  @APIResponse(responseCode = "200", description = "The assessed application")
  @APIResponse(
      responseCode = "403",
      description = "The caller prepared the application or belongs to the provider",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View assess(@PathParam("id") String id, Assessment request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the assessment as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
    if (request.scores() != null) {
      request
          .scores()
          .forEach(
              (name, score) -> {
                Criterion c = in.choice("scores." + name, name, Criterion.class);
                if (c != null) {
                  scores.put(c, score);
                }
              });
    }
    in.check();
    return view(placements.assess(id, scores, request.recommendedPlaces(), request.note()));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Decide (delegates): places granted per line; all granted approves, fewer partially"
              + " approves, none declines. Within the delegate's limit the money is committed"
              + " and allocations created at once; above it a second delegate must confirm.")
  @APIResponse(responseCode = "200", description = "The decided (or referred) application")
  @APIResponse(
      responseCode = "403",
      description = "Four eyes or the delegation limit refuse the caller",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Budget exhausted (with remainingCents and neededCents) or the application is not"
              + " awaiting a decision; nothing was committed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View decide(@PathParam("id") String id, Decision request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the decision as a JSON object");
    }
    return view(placements.decide(id, request.approvedPlaces(), request.reason()));
  }

  @POST
  @Path("{id}/reduction")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reduce approved places per line (delegates); the money goes back to the budgets")
  @APIResponse(responseCode = "200", description = "The application")
  public View reduce(@PathParam("id") String id, Reduction request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the reduction as a JSON object");
    }
    return view(placements.reduce(id, request.places(), request.reason()));
  }

  private View view(PlaceApplication application) {
    return View.of(application, placements.actions(application.getId()));
  }
}
