package org.skillfund.eligibility;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;
import org.skillfund.shared.UsiValidator;

/** Eligibility checks: anyone may ask; each decision is stored with its trace. */
@RequestScoped
@Path("v1/eligibility/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "Explained eligibility checks under dated rule versions")
public class EligibilityResource {

  private static final String ISO_DATE = "an ISO date such as 2021-03-01";

  @EJB private EligibilityService eligibility;

  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Timed(name = "eligibilityCheck", description = "Time to decide and store an eligibility check")
  @Operation(summary = "Check a learner's eligibility; every rule is reported in plain words")
  @APIResponse(
      responseCode = "201",
      description = "The stored decision; Location names it",
      content = @Content(schema = @Schema(implementation = CheckResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or not valid; nothing was stored",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response check(CheckRequest request) {
    if (request == null) {
      throw InvalidRequestException.of("body", "send the check as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    String programCode =
        in.required("programCode", in.text("programCode", request.programCode(), 30));
    AustralianState state =
        in.required("state", in.choice("state", request.state(), AustralianState.class));
    String courseCode = in.required("courseCode", in.text("courseCode", request.courseCode(), 12));
    LocalDate start =
        in.required(
            "courseStartDate",
            in.parsed("courseStartDate", request.courseStartDate(), LocalDate::parse, ISO_DATE));
    CheckRequest.Learner l = in.required("learner", request.learner());
    LocalDate dob = null;
    Residency residency = null;
    EmploymentStatus employment = null;
    Boolean school = null;
    Integer held = null;
    String usi = null;
    if (l != null) {
      dob =
          in.required(
              "learner.dateOfBirth",
              in.parsed("learner.dateOfBirth", l.dateOfBirth(), LocalDate::parse, ISO_DATE));
      residency =
          in.required(
              "learner.residency", in.choice("learner.residency", l.residency(), Residency.class));
      employment =
          in.required(
              "learner.employmentStatus",
              in.choice("learner.employmentStatus", l.employmentStatus(), EmploymentStatus.class));
      school = in.required("learner.schoolStudent", l.schoolStudent());
      held =
          l.highestAqfLevelHeld() == null
              ? null
              : in.integer(
                  "learner.highestAqfLevelHeld", l.highestAqfLevelHeld().toString(), 1, 10);
      usi = l.usi() == null || l.usi().isBlank() ? null : l.usi().strip();
      if (usi != null && !UsiValidator.isValidUsi(usi)) {
        in.invalid(
            "learner.usi",
            "must be a 10-character USI (2-9 and A-Z without I and O) with a valid check character");
      }
    }
    // one answer naming every bad field; past it, every required value is present
    in.check();
    LearnerFacts learner = new LearnerFacts(dob, residency, employment, school, held);
    EligibilityCheck check =
        eligibility.check(
            programCode.strip(),
            state,
            courseCode.strip().toUpperCase(Locale.ROOT),
            start,
            learner,
            usi);
    return Response.created(uri.getAbsolutePathBuilder().path(check.getId()).build())
        .entity(CheckResponse.of(check))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A stored check, exactly as it was decided")
  @APIResponse(responseCode = "200", description = "The stored decision")
  @APIResponse(
      responseCode = "404",
      description = "No check has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CheckResponse find(@PathParam("id") String id) {
    return eligibility
        .find(id)
        .map(CheckResponse::of)
        .orElseThrow(() -> Problem.notFound("No eligibility check has this id."));
  }
}
