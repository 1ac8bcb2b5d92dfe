package org.skillfund.provider;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.identity.UserAccount;
import org.skillfund.provider.StaffResource.Acceptance;
import org.skillfund.provider.StaffResource.Person;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.RequestInputs;

/** Accepting a staff invitation by its one-time token. */
@RequestScoped
@Path("v1/staff-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provider staff")
public class InvitationResource {

  @EJB private StaffService staff;

  @POST
  @Path("{token}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Accept an invitation (anyone holding the link); creates the account")
  @APIResponse(responseCode = "201", description = "The new account")
  public Response accept(@PathParam("token") String token, Acceptance acceptance) {
    if (acceptance == null) {
      throw InvalidRequestException.of("body", "send the account as a JSON object");
    }
    RequestInputs in = new RequestInputs();
    in.required("username", acceptance.username());
    in.required("displayName", acceptance.displayName());
    in.required("password", in.text("password", acceptance.password(), 200));
    in.check();
    UserAccount account =
        staff.accept(
            token,
            acceptance.username().strip(),
            acceptance.displayName(),
            acceptance.password().toCharArray());
    return Response.status(Response.Status.CREATED).entity(Person.of(account)).build();
  }
}
