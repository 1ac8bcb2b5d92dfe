package org.skillfund.credential;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.credential.MicroCredentialJson.Change;
import org.skillfund.credential.MicroCredentialJson.Comment;
import org.skillfund.credential.MicroCredentialJson.Completion;
import org.skillfund.credential.MicroCredentialJson.Draft;
import org.skillfund.credential.MicroCredentialJson.Endorsement;
import org.skillfund.credential.MicroCredentialJson.Issued;
import org.skillfund.credential.MicroCredentialJson.Reason;
import org.skillfund.credential.MicroCredentialJson.Summary;
import org.skillfund.credential.MicroCredentialJson.Version;
import org.skillfund.credential.MicroCredentialJson.View;
import org.skillfund.provider.CetModel;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/**
 * Micro-credentials: the public catalogue, the provider's drafts and submission, the endorsers'
 * review, retirement, and completions that issue Open Badges credentials. Provider users reach only
 * their own provider's items; any other id answers 404.
 */
@RequestScoped
@Path("v1/microcredentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Micro-credentials",
    description = "Submission, endorsement, public catalogue and completions")
public class MicroCredentialResource {

  @EJB private MicroCredentialService microCredentials;

  @EJB private CredentialService credentials;

  @Context private UriInfo uri;

  @Context private SecurityContext security;

  @GET
  @Operation(
      summary =
          "The public catalogue: endorsed, current micro-credentials matching every filter (anyone)")
  @APIResponse(responseCode = "200", description = "One page")
  @APIResponse(
      responseCode = "400",
      description = "A filter is not valid",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PageResponse<Summary> catalogue(
      @QueryParam("q") String text,
      @QueryParam("industry") String industry,
      @QueryParam("minHours") String minHours,
      @QueryParam("maxHours") String maxHours,
      @QueryParam("deliveryMode") String deliveryMode,
      @QueryParam("maxPriceCents") String maxPrice,
      @QueryParam("creditTowards") String creditTowards,
      @QueryParam("cetModel") String cetModel,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    CatalogueFilter filter =
        new CatalogueFilter(
            in.text("q", text, 100),
            in.text("industry", industry, 100),
            in.integer("minHours", minHours, 0, 10_000),
            in.integer("maxHours", maxHours, 0, 10_000),
            in.choice("deliveryMode", deliveryMode, DeliveryMode.class),
            in.parsed("maxPriceCents", maxPrice, Long::valueOf, "a whole number of cents"),
            in.text("creditTowards", creditTowards, 12),
            in.choice("cetModel", cetModel, CetModel.class));
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(microCredentials.catalogue(filter, request).map(Summary::of));
  }

  @GET
  @Path("manage")
  @Operation(
      summary =
          "Micro-credentials to work on: a provider's own (any status), or the endorsers' queue"
              + " (all but drafts), oldest submission first")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<Summary> manage(
      @QueryParam("status") List<String> status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    Set<MicroCredentialStatus> statuses = EnumSet.noneOf(MicroCredentialStatus.class);
    for (String s : status == null ? List.<String>of() : status) {
      for (String one : s.split(",")) {
        MicroCredentialStatus parsed = in.choice("status", one, MicroCredentialStatus.class);
        if (parsed != null) {
          statuses.add(parsed);
        }
      }
    }
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(microCredentials.list(statuses, request).map(Summary::of));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Draft a micro-credential (staff of an approved provider)")
  @APIResponse(responseCode = "201", description = "The draft")
  @APIResponse(
      responseCode = "400",
      description = "A field is not valid",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The provider is not approved",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(Draft draft) {
    MicroCredential mc = microCredentials.create(content(draft));
    return Response.created(uri.getAbsolutePathBuilder().path(mc.getId()).build())
        .entity(View.of(mc, microCredentials.actions(mc.getId())))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "One micro-credential: anyone sees an endorsed, current one; its provider and the"
              + " endorsers see it in any state")
  @APIResponse(responseCode = "200", description = "The micro-credential")
  @APIResponse(
      responseCode = "404",
      description = "No such micro-credential, or not visible to the caller",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View find(@PathParam("id") String id) {
    if (security.getUserPrincipal() != null) {
      try {
        return View.of(microCredentials.find(id), microCredentials.actions(id));
      } catch (NotFoundException | jakarta.ejb.EJBAccessException notTheirs) {
        // fall through to the public view
      }
    }
    return View.of(microCredentials.published(id), Set.of());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save the draft (provider users; in draft or while changes are requested)")
  @APIResponse(responseCode = "200", description = "The saved draft")
  @APIResponse(
      responseCode = "409",
      description = "Not editable in its state",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View save(@PathParam("id") String id, Draft draft) {
    return View.of(microCredentials.saveDraft(id, content(draft)), microCredentials.actions(id));
  }

  @POST
  @Path("{id}/submission")
  @Operation(
      summary =
          "Submit for endorsement (provider admin); every failed framework criterion is named")
  @APIResponse(responseCode = "200", description = "Submitted")
  @APIResponse(
      responseCode = "400",
      description = "A framework criterion or a field is not met",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View submit(@PathParam("id") String id) {
    return View.of(microCredentials.submit(id), microCredentials.actions(id));
  }

  @POST
  @Path("{id}/pick-up")
  @Operation(summary = "Take a submitted micro-credential for review (endorsers)")
  @APIResponse(responseCode = "200", description = "In review")
  @APIResponse(
      responseCode = "403",
      description = "Not an endorser, or works for the provider",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View pickUp(@PathParam("id") String id) {
    return View.of(microCredentials.pickUp(id), microCredentials.actions(id));
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "Every review comment, oldest first")
  @APIResponse(responseCode = "200", description = "The comments")
  public List<Comment> comments(@PathParam("id") String id) {
    return microCredentials.comments(id).stream().map(Comment::of).toList();
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on one section of the version in review (endorsers)")
  @APIResponse(responseCode = "201", description = "The comment")
  public Response comment(@PathParam("id") String id, Comment comment) {
    if (comment == null) {
      throw InvalidRequestException.of("body", "send the comment as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    ReviewSection section = in.choice("section", comment.section(), ReviewSection.class);
    in.check();
    return Response.status(Response.Status.CREATED)
        .entity(Comment.of(microCredentials.comment(id, section, comment.text())))
        .build();
  }

  @POST
  @Path("{id}/changes-request")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send it back to the provider with the comments (endorsers)")
  @APIResponse(responseCode = "200", description = "Changes requested")
  public View requestChanges(@PathParam("id") String id, Reason reason) {
    return View.of(
        microCredentials.requestChanges(id, reason == null ? null : reason.reason()),
        microCredentials.actions(id));
  }

  @POST
  @Path("{id}/endorsement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Endorse until a review date (endorsers; never the provider's own staff)")
  @APIResponse(responseCode = "200", description = "Endorsed")
  @APIResponse(
      responseCode = "403",
      description = "Not an endorser, or works for the provider",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public View endorse(@PathParam("id") String id, Endorsement endorsement) {
    RequestInputs in = new RequestInputs();
    LocalDate reviewDate =
        in.parsed(
            "reviewDate",
            endorsement == null ? null : endorsement.reviewDate(),
            LocalDate::parse,
            "an ISO date like 2027-12-31");
    in.check();
    return View.of(
        microCredentials.endorse(id, reviewDate, endorsement == null ? null : endorsement.note()),
        microCredentials.actions(id));
  }

  @POST
  @Path("{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decline with reasons (endorsers)")
  @APIResponse(responseCode = "200", description = "Declined")
  public View decline(@PathParam("id") String id, Reason reason) {
    return View.of(
        microCredentials.decline(id, reason == null ? null : reason.reason()),
        microCredentials.actions(id));
  }

  @POST
  @Path("{id}/retirement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Retire an endorsed micro-credential (provider admin)")
  @APIResponse(responseCode = "200", description = "Retired")
  public View retire(@PathParam("id") String id, Reason reason) {
    return View.of(
        microCredentials.retire(id, reason == null ? null : reason.reason()),
        microCredentials.actions(id));
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "Every submitted version, newest first")
  @APIResponse(responseCode = "200", description = "The versions")
  public List<Version> versions(@PathParam("id") String id) {
    return microCredentials.versions(id).stream().map(Version::of).toList();
  }

  @GET
  @Path("{id}/changes")
  @Operation(summary = "What changed, section by section, between the last two versions")
  @APIResponse(responseCode = "200", description = "The changed sections")
  public List<Change> changes(@PathParam("id") String id) {
    return microCredentials.changesSinceLastVersion(id).stream().map(Change::of).toList();
  }

  @POST
  @Path("{id}/completions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record a learner's completion (USI checked) and issue their Open Badges 3.0 credential"
              + " (provider users)")
  @APIResponse(responseCode = "201", description = "The issued credential")
  @APIResponse(
      responseCode = "400",
      description = "A field is not valid (e.g. the USI's check character)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response complete(@PathParam("id") String id, Completion completion) {
    if (completion == null) {
      throw InvalidRequestException.of("body", "send the completion as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    LocalDate on =
        in.parsed(
            "completedOn", completion.completedOn(), LocalDate::parse, "a date like 2026-11-01");
    in.check();
    IssuedCredential issued =
        credentials.recordCompletion(
            id,
            new CredentialService.CompletionRequest(
                completion.usi(), completion.learnerName(), completion.learnerUsername(), on));
    return Response.created(
            uri.getBaseUriBuilder().path("v1/credentials").path(issued.getId()).build())
        .entity(Issued.of(issued))
        .build();
  }

  @POST
  @Path("{id}/completions")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary =
          "Record completions in bulk: CSV lines usi,learnerName,completedOn[,learnerUsername];"
              + " all or nothing")
  @APIResponse(responseCode = "201", description = "The issued credentials")
  public Response completeCsv(@PathParam("id") String id, String csv) {
    return Response.status(Response.Status.CREATED)
        .entity(credentials.recordCompletionsCsv(id, csv).stream().map(Issued::of).toList())
        .build();
  }

  @GET
  @Path("{id}/completions")
  @Operation(summary = "The credentials issued for it (its provider's users, auditors)")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<Issued> completions(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    var request = in.page(page, size);
    in.check();
    microCredentials.find(id);
    return PageResponse.of(credentials.issued(id, request).map(Issued::of));
  }

  private static MicroCredentialContent content(Draft draft) {
    if (draft == null) {
      throw InvalidRequestException.of("body", "send the micro-credential as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    MicroCredentialContent content = draft.toContent(in);
    in.check();
    return content;
  }
}
