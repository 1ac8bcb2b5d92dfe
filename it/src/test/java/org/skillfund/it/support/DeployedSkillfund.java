package org.skillfund.it.support;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: the EAR of {@link SkillfundDeployment} on the Payara Server that
 * Arquillian manages; tests talk to it over HTTP (and JDBC, to tamper behind its back) only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedSkillfund {

  /** The application's root, e.g. http://localhost:8080/skillfund/. */
  protected static String baseUrl() {
    return System.getProperty("skillfund.url", "http://localhost:8080/skillfund/");
  }

  /** H2 or PostgreSQL: which database this run of the suite uses. */
  protected static String database() {
    return System.getProperty("it.database", "H2");
  }
}
