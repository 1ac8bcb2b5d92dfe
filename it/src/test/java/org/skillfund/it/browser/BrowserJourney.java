package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
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

  /** Signs out whoever was signed in, then signs in as {@code username}. */
  protected static void signInAs(String username, String password) {
    browser.driver().manage().deleteAllCookies();
    LoginPage.open(browser, baseUrl()).signIn(username, password);
    assertSignedInAs(username);
  }

  /** Waits for the page after signing in (a redirect), then checks who is signed in. */
  protected static void assertSignedInAs(String username) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            d ->
                !d.findElements(By.id("signed-in-as")).isEmpty()
                    || !LoginPage.current(browser).errors().isEmpty());
    browser.waitForPrimeFaces();
    assertEquals("Signed in as " + username, LoginPage.current(browser).signedInAs());
  }

  /** axe-core finds no serious or critical violation on the current page. */
  protected static void accessible(String page) {
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), page);
  }
}
