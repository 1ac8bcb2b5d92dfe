package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.identity.UserAccount;
import org.skillfund.shared.Problem;
import org.skillfund.shared.RequestInputs;

/**
 * Learner accounts made from an enrolment's confirmation link, by learners a provider enrolled who
 * have no Skillfund account yet. Anyone may call it; the link, USI and date of birth must all
 * match.
 */
@RequestScoped
@Path("v1/learner-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "Learners enrolled into funded places, and their answers")
public class LearnerAccountResource {

  /** What a learner sends: the token of their confirmation link and who they are. */
  public record Creation(
      String token,
      String username,
      String displayName,
      String usi,
      String dateOfBirth,
      String password) {}

  /** The account made (never the password). */
  public record View(String username, String displayName, String email, String usi) {
    static View of(UserAccount account) {
      return new View(
          account.getUsername(),
          account.getDisplayName(),
          account.getEmail(),
          account.getUsi().orElse(null));
    }
  }

  @EJB private LearnerAccounts accounts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create a learner account from an enrolment's confirmation link; the USI and date of"
              + " birth must be those the provider enrolled the learner under")
  @APIResponse(responseCode = "201", description = "The account; sign in to answer the link")
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or wrong, or the USI and date of birth do not match",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "The link is not valid",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The link was used or has expired, or the USI has an account already",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(Creation request) {
    RequestInputs in = new RequestInputs();
    Creation body = in.required("body", request);
    in.check();
    in.text("token", body.token(), 100);
    in.text("usi", body.usi(), 10);
    LocalDate born =
        in.parsed("dateOfBirth", body.dateOfBirth(), LocalDate::parse, "a date as YYYY-MM-DD");
    in.text("password", body.password(), 200);
    char[] password = body.password() == null ? null : body.password().toCharArray();
    if (!in.valid()) {
      // one answer for every bad field: the service's own field checks too
      in.alsoInvalid(accounts.problems(body.username(), body.displayName(), body.usi(), password));
    }
    in.check();
    UserAccount account =
        accounts.createFromLink(
            body.token(), body.username(), body.displayName(), body.usi(), born, password);
    return Response.status(Response.Status.CREATED)
        .entity(View.of(account))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
