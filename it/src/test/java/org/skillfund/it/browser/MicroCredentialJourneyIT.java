package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.Usis;

@DisplayName("A micro-credential from submission to a revoked badge")
class MicroCredentialJourneyIT extends BrowserJourney {

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  @DisplayName(
      "provider submits, endorser requests changes, provider resubmits, endorser endorses; it is"
          + " in the catalogue; a completion issues a badge the learner downloads; verify says"
          + " valid, then revoked")
  void fromSubmissionToRevocation() {
    String title = "Infection control " + UUID.randomUUID().toString().substring(0, 8);

    // The provider drafts and submits.
    signIn("provider-a");
    MicroCredentialWorkPage work = MicroCredentialWorkPage.openNew(browser, baseUrl());
    accessible("new micro-credential");
    work.fill(title, 12, LocalDate.now().plusYears(1).toString()).save();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("id="));
    browser.waitForPrimeFaces();
    String id = work.id();
    assertEquals("Draft", work.status());
    work.click("draft:submit");
    assertEquals("Submitted", work.status(), work.messages().toString());
    accessible("submitted micro-credential");

    // The endorser asks for changes.
    signIn("endorser");
    work = MicroCredentialWorkPage.open(browser, baseUrl(), id);
    work.click("review:pickUp");
    assertEquals("In review", work.status(), work.messages().toString());
    accessible("review");
    work.choose("review:section", "Volume of learning")
        .type("review:commentText", "12 hours is short for two outcomes")
        .click("review:addComment");
    work.type("review:reason", "See the comment on the volume").click("review:requestChanges");
    assertEquals("Changes requested", work.status(), work.messages().toString());

    // The provider changes the hours and resubmits.
    signIn("provider-a");
    work = MicroCredentialWorkPage.open(browser, baseUrl(), id);
    work.type("draft:hours", "16").save();
    work.click("draft:submit");
    assertEquals("Submitted", work.status(), work.messages().toString());

    // The endorser sees what changed and endorses.
    signIn("endorser");
    work = MicroCredentialWorkPage.open(browser, baseUrl(), id);
    work.click("review:pickUp");
    assertEquals(List.of("Volume of learning"), work.changedSections());
    work.type("review:endorseUntil", LocalDate.now().plusYears(2).toString())
        .click("review:endorse");
    assertEquals("Endorsed", work.status(), work.messages().toString());
    accessible("endorsed");

    // Anyone finds it in the catalogue, with its credit pathway.
    browser.driver().manage().deleteAllCookies();
    MicroCredentialCataloguePage catalogue = MicroCredentialCataloguePage.open(browser, baseUrl());
    accessible("micro-credential catalogue");
    assertEquals(List.of(title), catalogue.search(title, "HLTSS00065").titles());
    catalogue.openFirst();
    assertEquals(List.of("Counts towards HLTSS00065: units HLTINF006"), catalogue.pathway());
    accessible("micro-credential page");

    // The provider records a completion: a badge is issued to the learner.
    signIn("provider-a");
    work = MicroCredentialWorkPage.open(browser, baseUrl(), id);
    work.type("completion:usi", Usis.fresh())
        .type("completion:learnerName", "Lee Learner")
        .type("completion:learnerUsername", "learner")
        .type("completion:completedOn", LocalDate.now().toString())
        .click("completion:complete");
    assertEquals(List.of("Valid"), work.issuedStatuses(), work.messages().toString());
    accessible("completions");

    // The learner downloads it; the verify page says valid.
    signIn("learner");
    MyCredentialsPage mine = MyCredentialsPage.open(browser, baseUrl());
    assertTrue(mine.titles().contains(title));
    assertTrue(mine.hasDownloadButton());
    accessible("my credentials");
    String jwt = mine.credentialText(title);
    assertEquals(
        jwt,
        Api.as(baseUrl(), "learner", Api.DEMO_PASSWORD)
            .get("api/v1/credentials/mine")
            .json()
            .findValuesAsText("jwt")
            .stream()
            .filter(jwt::equals)
            .findFirst()
            .orElse(null));
    VerifyPage verify = VerifyPage.open(browser, baseUrl());
    assertEquals("Valid", verify.verify(jwt), verify.reason());
    accessible("verify page");

    // The provider revokes it; the verify page says revoked.
    signIn("provider-a");
    work = MicroCredentialWorkPage.open(browser, baseUrl(), id);
    work.revokeFirst("Issued in error");
    assertEquals(List.of("Revoked"), work.issuedStatuses(), work.messages().toString());
    browser.driver().manage().deleteAllCookies();
    verify = VerifyPage.open(browser, baseUrl());
    assertEquals("Revoked", verify.verify(jwt), verify.reason());
    browser.screenshot("microcredential-verify-revoked");
  }

  private static void signIn(String user) {
    browser.driver().manage().deleteAllCookies();
    LoginPage.open(browser, baseUrl()).signIn(user, Api.DEMO_PASSWORD);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    browser.waitForPrimeFaces();
  }
}
