package org.skillfund.provider;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.provider.ProviderJson.ApplicationView;
import org.skillfund.provider.ProviderJson.Assessment;
import org.skillfund.provider.ProviderJson.DecisionRequest;
import org.skillfund.provider.ProviderJson.Draft;
import org.skillfund.provider.ProviderJson.EvidenceView;
import org.skillfund.provider.ProviderJson.ProviderView;
import org.skillfund.provider.ProviderJson.SignUp;
import org.skillfund.provider.ProviderJson.Standing;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.PageResponse;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/**
 * Provider registration: sign-up, the draft application and evidence, submission, the officers'
 * queue and assessment, the delegate's decision, suspension and revocation. Provider users reach
 * only their own provider; any other id answers 404.
 */
@RequestScoped
@Path("v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Registration, assessment and approval of providers")
public class ProviderResource {

  private static final String ISO_DATE = "an ISO date such as 2026-12-01";

  @EJB private ProviderService providers;

  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign up a new organisation and its admin account (anyone)")
  @APIResponse(responseCode = "201", description = "The provider, in draft")
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or not valid; nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response signUp(SignUp request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the sign-up as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    in.required("username", request.username());
    in.required("displayName", request.displayName());
    in.required("email", request.email());
    in.required("password", in.text("password", request.password(), 200));
    in.required("legalName", request.legalName());
    in.required("abn", request.abn());
    in.check();
    Provider provider =
        providers.signUp(
            request.username().strip(),
            request.displayName(),
            request.email(),
            request.password().toCharArray(),
            request.legalName(),
            request.abn().replace(" ", ""));
    return Response.created(uri.getAbsolutePathBuilder().path(provider.getId()).build())
        .entity(ProviderView.of(provider))
        .build();
  }

  @GET
  @Operation(
      summary =
          "Providers, oldest submission first (officers, delegates, auditors: all, filtered;"
              + " provider users: their own)")
  @APIResponse(responseCode = "200", description = "One page")
  public PageResponse<ProviderView> list(
      @QueryParam("status") List<String> status,
      @QueryParam("state") String state,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    RequestInputs in = new RequestInputs();
    Set<ProviderStatus> statuses = EnumSet.noneOf(ProviderStatus.class);
    for (String s : status == null ? List.<String>of() : status) {
      for (String one : s.split(",")) {
        ProviderStatus parsed = in.choice("status", one, ProviderStatus.class);
        if (parsed != null) {
          statuses.add(parsed);
        }
      }
    }
    AustralianState where = in.choice("state", state, AustralianState.class);
    var request = in.page(page, size);
    in.check();
    return PageResponse.of(providers.list(statuses, where, request).map(ProviderView::of));
  }

  @GET
  @Path("mine")
  @Operation(summary = "The caller's own provider (provider users)")
  @APIResponse(responseCode = "200", description = "The provider")
  public ProviderView mine() {
    return ProviderView.of(providers.mine());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A provider")
  @APIResponse(
      responseCode = "404",
      description = "No such provider, or not yours",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProviderView find(@PathParam("id") String id) {
    return ProviderView.of(providers.find(id));
  }

  @GET
  @Path("{id}/application")
  @Operation(summary = "The provider's current application version")
  public ApplicationView application(@PathParam("id") String id) {
    return ApplicationView.of(providers.application(id));
  }

  @GET
  @Path("{id}/application/versions")
  @Operation(summary = "Every application version, newest first")
  public List<ApplicationView> versions(@PathParam("id") String id) {
    return providers.versions(id).stream().map(ApplicationView::of).toList();
  }

  @PUT
  @Path("{id}/application")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save the draft application (provider users)")
  @APIResponse(responseCode = "200", description = "The saved draft")
  @APIResponse(
      responseCode = "409",
      description = "The application is not a draft",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ApplicationView saveDraft(@PathParam("id") String id, Draft draft) {
    if (draft == null) {
      throw InvalidRequestException.of("body", "send the application as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    Set<AustralianState> states = EnumSet.noneOf(AustralianState.class);
    List<String> stateNames = draft.deliveryStates() == null ? List.of() : draft.deliveryStates();
    for (int i = 0; i < stateNames.size(); i++) {
      AustralianState s =
          in.choice("deliveryStates[" + i + "]", stateNames.get(i), AustralianState.class);
      if (s != null) {
        states.add(s);
      }
    }
    List<ApplicationDetails.ProductRequest> products = new ArrayList<>();
    List<ProviderJson.Product> asked = draft.products() == null ? List.of() : draft.products();
    for (int i = 0; i < asked.size(); i++) {
      ProviderJson.Product p = asked.get(i);
      String field = "products[" + i + "]";
      if (p == null) {
        in.invalid(field, "must be an object");
        continue;
      }
      String code =
          in.required(field + ".productCode", in.text(field + ".productCode", p.productCode(), 12));
      CetModel cet =
          in.required(
              field + ".cetModel", in.choice(field + ".cetModel", p.cetModel(), CetModel.class));
      WorkBasedFormat format =
          in.choice(field + ".workBasedFormat", p.workBasedFormat(), WorkBasedFormat.class);
      products.add(
          new ApplicationDetails.ProductRequest(
              code == null ? null : code.strip().toUpperCase(Locale.ROOT), cet, format));
    }
    in.check();
    ApplicationDetails details =
        new ApplicationDetails(
            draft.legalName(),
            draft.abn() == null ? null : draft.abn().replace(" ", ""),
            draft.rtoCode(),
            draft.contactName(),
            draft.contactEmail(),
            draft.contactPhone(),
            states,
            products);
    return ApplicationView.of(providers.saveDraft(id, details));
  }

  @GET
  @Path("{id}/evidence")
  @Operation(summary = "The evidence files of the current application version")
  public List<EvidenceView> evidence(@PathParam("id") String id) {
    return providers.evidence(id).stream().map(EvidenceView::of).toList();
  }

  @POST
  @Path("{id}/evidence")
  @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Upload an evidence file as the request body (PDF, PNG or JPEG by content, at most"
              + " 10 MB); name it with ?fileName=")
  @APIResponse(responseCode = "201", description = "The stored file's description")
  @APIResponse(
      responseCode = "400",
      description = "The file was refused; nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response upload(
      @PathParam("id") String id, @QueryParam("fileName") String fileName, InputStream body) {
    byte[] content = readAtMost(body, EvidenceCheck.MAX_BYTES + 1);
    EvidenceFile file = providers.uploadEvidence(id, fileName, content);
    return Response.created(uri.getAbsolutePathBuilder().path(file.getId()).build())
        .entity(EvidenceView.of(file))
        .build();
  }

  @GET
  @Path("{id}/evidence/{evidenceId}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(summary = "Download an evidence file")
  public Response download(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
    Map.Entry<EvidenceFile, byte[]> file = providers.download(id, evidenceId);
    return Response.ok(file.getValue(), file.getKey().getMediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + file.getKey().getFileName().replace("\"", "") + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Path("{id}/evidence/{evidenceId}")
  @Operation(summary = "Remove an evidence file from the draft")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response removeEvidence(
      @PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
    providers.removeEvidence(id, evidenceId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "Submit the draft for assessment (PROVIDER_ADMIN); it is frozen")
  @APIResponse(responseCode = "200", description = "The provider, submitted")
  @APIResponse(
      responseCode = "400",
      description = "Something a submission needs is missing, named by field",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProviderView submit(@PathParam("id") String id) {
    return ProviderView.of(providers.submit(id));
  }

  @POST
  @Path("{id}/pick-up")
  @Operation(summary = "Take a submitted application from the queue (OFFICER)")
  public ProviderView pickUp(@PathParam("id") String id) {
    return ProviderView.of(providers.pickUp(id));
  }

  @POST
  @Path("{id}/conflicts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Declare a conflict of interest with the provider (OFFICER, DELEGATE); reason = note")
  @APIResponse(responseCode = "201", description = "Declared")
  public Response declareConflict(@PathParam("id") String id, Standing note) {
    providers.declareConflict(id, note == null ? null : note.reason());
    return Response.status(Response.Status.CREATED).build();
  }

  @POST
  @Path("{id}/assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the assessment (OFFICER)")
  public ApplicationView assess(@PathParam("id") String id, Assessment assessment) {
    if (assessment == null) {
      throw InvalidRequestException.of("body", "send the assessment as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    ProviderJson.ChecklistItems c = in.required("checklist", assessment.checklist());
    RiskRating risk =
        in.required(
            "riskRating", in.choice("riskRating", assessment.riskRating(), RiskRating.class));
    Map<String, Map.Entry<Boolean, String>> recommendations = new LinkedHashMap<>();
    List<ProviderJson.Recommendation> recs =
        assessment.recommendations() == null ? List.of() : assessment.recommendations();
    for (int i = 0; i < recs.size(); i++) {
      ProviderJson.Recommendation r = recs.get(i);
      if (r == null || r.productCode() == null) {
        in.invalid("recommendations[" + i + "].productCode", "is required");
        continue;
      }
      if (r.recommended() == null) {
        in.invalid("recommendations[" + i + "].recommended", "must be true or false");
        continue;
      }
      recommendations.put(
          r.productCode().strip().toUpperCase(Locale.ROOT),
          new java.util.AbstractMap.SimpleImmutableEntry<>(
              r.recommended(), r.note() == null ? null : r.note().strip()));
    }
    in.check();
    Checklist checklist =
        new Checklist(
            Boolean.TRUE.equals(c.registrationCurrent()),
            Boolean.TRUE.equals(c.scopeVerified()),
            Boolean.TRUE.equals(c.financiallyViable()),
            Boolean.TRUE.equals(c.complianceHistoryClear()),
            Boolean.TRUE.equals(c.conflictsDeclared()));
    return ApplicationView.of(
        providers.assess(id, checklist, risk, assessment.riskReasons(), recommendations));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Approve (naming the products on scope), reject or return an assessed application"
              + " (DELEGATE; never the assessor)")
  @APIResponse(
      responseCode = "403",
      description = "Separation of duties or a declared conflict refuses the caller",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProviderView decide(@PathParam("id") String id, DecisionRequest decision) {
    if (decision == null) {
      throw InvalidRequestException.of("body", "send the decision as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    ProviderApplication.Decision chosen =
        in.required(
            "decision",
            in.choice("decision", decision.decision(), ProviderApplication.Decision.class));
    in.check();
    Set<String> approved = new LinkedHashSet<>();
    if (decision.approvedProducts() != null) {
      decision.approvedProducts().stream()
          .filter(code -> code != null && !code.isBlank())
          .forEach(code -> approved.add(code.strip().toUpperCase(Locale.ROOT)));
    }
    return ProviderView.of(providers.decide(id, chosen, approved, decision.reason()));
  }

  @POST
  @Path("{id}/suspension")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Suspend an approved provider from a date (DELEGATE)")
  public ProviderView suspend(@PathParam("id") String id, Standing standing) {
    return ProviderView.of(providers.suspend(id, reasonOf(standing), dateOf(standing)));
  }

  @POST
  @Path("{id}/reinstatement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lift a suspension (DELEGATE)")
  public ProviderView reinstate(@PathParam("id") String id, Standing standing) {
    return ProviderView.of(providers.reinstate(id, reasonOf(standing)));
  }

  @POST
  @Path("{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revoke an approved or suspended provider from a date (DELEGATE)")
  public ProviderView revoke(@PathParam("id") String id, Standing standing) {
    return ProviderView.of(providers.revoke(id, reasonOf(standing), dateOf(standing)));
  }

  private static String reasonOf(Standing standing) {
    return standing == null ? null : standing.reason();
  }

  private static LocalDate dateOf(Standing standing) {
    RequestInputs in = new RequestInputs();
    LocalDate date =
        in.parsed(
            "effectiveDate",
            standing == null ? null : standing.effectiveDate(),
            LocalDate::parse,
            ISO_DATE);
    in.check();
    return date;
  }

  /** Reads the body, stopping one byte past {@code limit} so a huge upload is never buffered. */
  private static byte[] readAtMost(InputStream body, int limit) {
    if (body == null) {
      return new byte[0];
    }
    try {
      return body.readNBytes(limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
