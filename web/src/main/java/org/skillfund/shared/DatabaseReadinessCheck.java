package org.skillfund.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @EJB private DatabaseHealth database;

  @Override
  public HealthCheckResponse call() {
    try {
      database.ping();
      return HealthCheckResponse.up("skillfund-database");
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("skillfund-database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
