package org.skillfund.credential;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Retires endorsed micro-credentials once their review date has passed, every night. */
@Singleton
public class MicroCredentialExpiry {

  private static final Logger LOG = Logger.getLogger(MicroCredentialExpiry.class.getName());

  @EJB private MicroCredentialService microCredentials;

  @Schedule(hour = "0", minute = "15", persistent = false, info = "micro-credential expiry")
  public void retireExpired() {
    int retired = microCredentials.retireExpired(LocalDate.now());
    if (retired > 0) {
      LOG.info("Retired " + retired + " micro-credentials on expiry");
    }
  }
}
