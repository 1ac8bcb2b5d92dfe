package org.skillfund.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trivial endpoint: the baseline for the benchmark and a liveness probe for load balancers. */
@RequestScoped
@Path("v1/ping")
@Tag(name = "Operations")
public class PingResource {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(summary = "Answers pong; touches no database")
  public String ping() {
    return "pong";
  }
}
