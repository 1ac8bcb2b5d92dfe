package org.skillfund.it.support;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR exactly as the build produced it, deployed once for the whole run and shared by every
 * test class: faster than one deployment per class, and Payara 6.2025.9's metrics endpoint fails
 * after an EAR with an app-scoped pool is redeployed in the same domain.
 */
@ArquillianSuiteDeployment
public final class SkillfundDeployment {

  private SkillfundDeployment() {}

  @Deployment(testable = false)
  public static EnterpriseArchive skillfund() {
    File ear = new File(System.getProperty("skillfund.ear", "target/skillfund.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
