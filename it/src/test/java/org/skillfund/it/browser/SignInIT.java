package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;

@DisplayName("Signing in with a wrong password, or without one")
class SignInIT extends BrowserJourney {

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  @DisplayName("a wrong password shows an error and leaves the person signed out")
  void wrongPasswordShowsError() {
    LoginPage login = LoginPage.open(browser, baseUrl());
    login.signIn("officer", "not-the-password");
    assertEquals(
        List.of("The user name or password is wrong. Check them and try again."), login.errors());
    assertNull(login.signedInAs());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "login page with error");
    browser.screenshot("login-error");
  }

  @Test
  @DisplayName("an empty form names each missing field next to it")
  void emptyFieldsAreNamed() {
    LoginPage login = LoginPage.open(browser, baseUrl());
    login.signIn("", "");
    assertEquals("Enter User name.", login.fieldMessage("username"));
    assertEquals("Enter Password.", login.fieldMessage("password"));
  }

  @Test
  @DisplayName("the audit page sends a signed-out visitor to sign in and back, as auditor")
  void auditPageNeedsAuditor() {
    browser.open(baseUrl() + "audit");
    assertTrue(
        browser.driver().getCurrentUrl().contains("/login?continue="),
        browser.driver().getCurrentUrl());
    LoginPage.current(browser).signIn("auditor", Api.DEMO_PASSWORD);
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/audit"), browser.driver().getCurrentUrl());
    assertTrue(browser.driver().getPageSource().contains("Audit trail"));
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "audit page");
    browser.screenshot("audit");
  }
}
