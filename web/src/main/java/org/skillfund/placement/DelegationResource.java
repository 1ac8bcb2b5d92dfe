package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.skillfund.placement.PlacementJson.Limit;
import org.skillfund.placement.PlacementJson.LimitRequest;
import org.skillfund.shared.RequestInputs;

/** Financial delegates' approval limits. */
@RequestScoped
@Path("v1/delegation-limits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegation limits", description = "What each financial delegate may approve")
public class DelegationResource {

  @EJB private DelegationService delegations;

  @GET
  @Operation(summary = "Every delegate's limit (administrators, delegates, auditors)")
  @APIResponse(responseCode = "200", description = "The limits")
  public List<Limit> list() {
    return delegations.limits().stream().map(Limit::of).toList();
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a delegate's limit for one approval, in cents (administrators)")
  @APIResponse(responseCode = "200", description = "The limit")
  public Limit set(@PathParam("username") String username, LimitRequest request) {
    RequestInputs in = new RequestInputs();
    if (request == null) {
      in.invalid("body", "send the limit and a reason as a JSON object");
    } else {
      in.required("limitCents", request.limitCents());
      in.required("reason", request.reason());
    }
    in.check();
    return Limit.of(delegations.setLimit(username, request.limitCents(), request.reason()));
  }
}
