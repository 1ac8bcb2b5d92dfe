package org.skillfund.provider;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.identity.UserAccount;

/** A provider admin's staff: invitations by e-mail, the list, removal. */
@RequestScoped
@Path("v1/providers/{id}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provider staff", description = "Invite, list and remove a provider's staff")
public class StaffResource {

  @EJB private StaffService staff;

  /**
   * A person of the provider.
   *
   * @param username user name
   * @param displayName name
   * @param email e-mail
   * @param roles PROVIDER_ADMIN or PROVIDER_STAFF
   * @param enabled false once removed
   */
  @Schema(name = "ProviderPerson")
  public record Person(
      String username, String displayName, String email, List<String> roles, boolean enabled) {
    static Person of(UserAccount u) {
      return new Person(
          u.getUsername(),
          u.getDisplayName(),
          u.getEmail(),
          u.roleNames().stream().sorted().toList(),
          u.isEnabled());
    }
  }

  /** An invitation to send. */
  @Schema(name = "StaffInvitationRequest")
  public record InvitationRequest(String email) {}

  /** A sent invitation (the link is only in the e-mail). */
  @Schema(name = "StaffInvitation")
  public record InvitationView(String id, String email, Instant expiresAt) {}

  /** Accepting an invitation: the new account's details. */
  @Schema(name = "StaffInvitationAcceptance")
  public record Acceptance(String username, String displayName, String password) {}

  /** A reason. */
  @Schema(name = "StaffRemoval")
  public record Removal(String reason) {}

  @GET
  @Operation(summary = "The provider's people (its own admins and staff only)")
  public List<Person> list(@PathParam("id") String providerId) {
    return staff.staff(providerId).stream().map(Person::of).toList();
  }

  @POST
  @Path("invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "E-mail a one-time invitation to join as staff (PROVIDER_ADMIN)")
  @APIResponse(responseCode = "201", description = "Sent")
  public Response invite(@PathParam("id") String providerId, InvitationRequest request) {
    StaffInvitation invitation = staff.invite(providerId, request == null ? null : request.email());
    return Response.status(Response.Status.CREATED)
        .entity(
            new InvitationView(
                invitation.getId(), invitation.getEmail(), invitation.getExpiresAt()))
        .build();
  }

  @DELETE
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove a member of staff; their account is disabled (PROVIDER_ADMIN)")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(
      @PathParam("id") String providerId, @PathParam("username") String username, Removal r) {
    staff.remove(providerId, username, r == null ? null : r.reason());
    return Response.noContent().build();
  }
}
