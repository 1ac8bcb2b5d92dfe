package org.skillfund.it.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.skillfund.it.support.DeployedSkillfund;

/** Base of the browser journeys: one headless Chromium per test class. */
abstract class BrowserJourney extends DeployedSkillfund {

  protected static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }
}
