package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillfund.it.support.Api;

@DisplayName("A program manager drafts, previews and publishes a rule-set version")
class ManagerDraftsRuleSetIT extends BrowserJourney {

  private static final String JOBTRAINER = "JobTrainer Fund";
  private static final String STATE_ENTITLEMENT = "State entitlement (Skills First style)";

  /**
   * Versions are in force one after another, so a new one must start after every published one.
   * Other tests may publish too, in any order: start after the latest one on the page, no earlier
   * than 2040, plus a random number of days so that another run's version rarely lands on it.
   */
  private static LocalDate freeEffectiveDate(RuleSetsPage rules) {
    LocalDate latest = rules.latestPublishedFrom(JOBTRAINER);
    LocalDate floor = LocalDate.of(2040, 1, 1);
    return (latest.isBefore(floor) ? floor : latest.plusDays(1))
        .plusDays(ThreadLocalRandom.current().nextInt(0, 1500));
  }

  /** A label no other test or run uses, e.g. JOBTRAINER-2041.m3x8k2q1ab. */
  private static String uniqueLabel(String program, LocalDate effectiveFrom) {
    return program
        + "-"
        + effectiveFrom.getYear()
        + "."
        + Long.toString(System.currentTimeMillis(), 36)
        + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36);
  }

  /** Stores an employed 27-year-old's check, not eligible under the published rules. */
  private static String storeCheckOfEmployed27YearOld(LocalDate courseStart) {
    LocalDate dateOfBirth = courseStart.minusYears(27).minusDays(40);
    Api.Reply created =
        Api.anonymous(baseUrl())
            .post(
                "api/v1/eligibility/checks",
                """
                {"programCode":"JOBTRAINER","state":"VIC","courseCode":"SIT40521",
                 "courseStartDate":"%s",
                 "learner":{"dateOfBirth":"%s","residency":"CITIZEN","employmentStatus":"EMPLOYED",
                            "schoolStudent":false,"highestAqfLevelHeld":2}}"""
                    .formatted(courseStart, dateOfBirth));
    assertEquals(201, created.status(), created.body());
    JsonNode decision = created.json();
    List<String> failed = new ArrayList<>();
    decision
        .get("rules")
        .forEach(
            r -> {
              if (!r.get("passed").asBoolean()) {
                failed.add(r.get("id").asText());
              }
            });
    assertFalse(decision.get("eligible").asBoolean(), "stored as not eligible: " + failed);
    assertTrue(failed.contains("JT-AGE"), failed.toString());
    return decision.get("id").asText();
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  private static void signIn(String user) {
    LoginPage.open(browser, baseUrl()).signIn(user, Api.DEMO_PASSWORD);
    // the sign-in form posts the whole page: wait for the next page rather than read the old one
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    assertEquals("Signed in as " + user, LoginPage.current(browser).signedInAs());
  }

  @Test
  @DisplayName(
      "raising age.max to 30 on a JobTrainer draft shows who would gain, then publishes it read-only")
  void draftPreviewAndPublish() {
    signIn("manager");
    RuleSetsPage rules = RuleSetsPage.open(browser, baseUrl());
    assertTrue(
        rules.versions().stream().anyMatch(v -> v.version().equals("JOBTRAINER-2020.1")),
        rules.versions().toString());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "rules page");
    fullPageScreenshot("rules");

    LocalDate effectiveFrom = freeEffectiveDate(rules);
    String label = uniqueLabel("JOBTRAINER", effectiveFrom);
    String checkId = storeCheckOfEmployed27YearOld(effectiveFrom.plusDays(10));

    rules.createDraft(
        JOBTRAINER,
        "JOBTRAINER-2020.1",
        label,
        effectiveFrom.toString(),
        "JobTrainer extension: learners up to 30");
    RuleSetPage draft = RuleSetPage.current(browser);
    assertTrue(draft.heading().contains(label), draft.heading());
    assertEquals("DRAFT", draft.status().toUpperCase());
    assertEquals("24", draft.parameterValue("age.max"));

    draft.change("age.max", "abc", "JobTrainer extension guidelines, clause 3.1", "Older learners");
    assertTrue(
        draft.fieldMessage("value").contains("must be a whole number from 0 to 120"),
        draft.fieldMessage("value"));
    assertEquals("24", draft.parameterValue("age.max"), "nothing saved");

    draft.change("age.max", "30", "JobTrainer extension guidelines, clause 3.1", "Older learners");
    assertEquals(List.of("age.max is now 30."), draft.parameterMessages());
    assertEquals("30", draft.parameterValue("age.max"));
    draft.change(
        "window.closes",
        "2099-12-31",
        "JobTrainer extension guidelines, clause 2",
        "The extension keeps enrolments open");
    assertEquals("2099-12-31", draft.parameterValue("window.closes"));

    draft.runWhatIf();
    assertTrue(draft.gained() >= 1, "the stored 27-year-old gains: " + draft.evaluatedSentence());
    long evaluated = draft.gained() + draft.lost() + draft.keptEligible() + draft.keptIneligible();
    assertTrue(
        draft
            .evaluatedSentence()
            .startsWith(
                evaluated == 1 ? "Evaluated 1 stored check in " : "Evaluated " + evaluated + " "),
        draft.evaluatedSentence());
    assertTrue(draft.chartGainedBars() >= 1, "a bar for Victoria");
    assertTrue(draft.chartDescription().contains("Victoria: "), draft.chartDescription());
    assertTrue(
        draft.changedCheckIds().contains(checkId) || draft.gained() + draft.lost() > 20,
        draft.changedCheckIds().toString());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "draft with what-if");
    fullPageScreenshot("rule-set");

    draft.openPublish().confirm("Approved by the program board");
    draft.awaitStatus("published");
    assertFalse(draft.isEditable(), "no change form, publish or discard on a published version");
    assertTrue(draft.showsPublishedNote(), "the page says a published version never changes");
    assertTrue(
        draft.pageMessages().stream().anyMatch(m -> m.startsWith(label + " is published.")),
        draft.pageMessages().toString());
    assertEquals("30", draft.parameterValue("age.max"));
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "published version");
  }

  @Test
  @DisplayName("a draft of another program is refused without a reason, then discarded with one")
  void discardADraft() {
    signIn("manager");
    RuleSetsPage rules = RuleSetsPage.open(browser, baseUrl()).program(STATE_ENTITLEMENT);
    assertTrue(
        rules.basedOnChoices().contains("STATE_ENTITLEMENT-2019.1"),
        rules.basedOnChoices().toString());
    assertFalse(rules.basedOnChoices().contains("JOBTRAINER-2020.1"));
    String label = uniqueLabel("STATE_ENTITLEMENT", LocalDate.of(2041, 1, 1));

    rules.createDraft(
        STATE_ENTITLEMENT, "STATE_ENTITLEMENT-2019.1", "STATE_ENTITLEMENT", "2041-01-01", "");
    assertTrue(
        rules.fieldMessage("version").contains("must look like PROGRAM-2022.1"),
        rules.fieldMessage("version"));
    assertTrue(rules.fieldMessage("reason").contains("must say why"), rules.fieldMessage("reason"));
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "new-draft form with errors");

    rules.createDraft(
        STATE_ENTITLEMENT, "STATE_ENTITLEMENT-2019.1", label, "2041-01-01", "Trying an idea");
    RuleSetPage draft = RuleSetPage.current(browser);
    RuleSetPage.ConfirmDialog discard = draft.openDiscard();
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "discard dialog");
    discard.confirm("");
    assertTrue(
        discard.fieldMessage("reason").contains("must say why"), discard.fieldMessage("reason"));
    discard.confirm("The idea was dropped");

    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().matches(".*/rules(\\.xhtml)?$"));
    browser.waitForPrimeFaces();
    RuleSetsPage after = RuleSetsPage.current(browser);
    assertEquals(List.of("The draft " + label + " is discarded."), after.pageMessages());
    assertTrue(after.versions().stream().noneMatch(v -> v.version().equals(label)));
  }

  @Test
  @DisplayName("an auditor reads a published version and runs a what-if, but changes nothing")
  void auditorReadsOnly() {
    signIn("auditor");
    RuleSetsPage rules = RuleSetsPage.open(browser, baseUrl());
    assertFalse(rules.hasDraftForm(), "only program managers draft");
    RuleSetPage version = RuleSetPage.open(browser, baseUrl(), "JOBTRAINER-2020.1");
    assertEquals("PUBLISHED", version.status().toUpperCase());
    assertFalse(version.isEditable());
    version.runWhatIfOverAllChecks();
    assertTrue(version.evaluatedSentence().startsWith("Evaluated "), version.evaluatedSentence());
  }

  @Test
  @DisplayName("an officer is refused the rule-set pages and has no link to them")
  void officerIsRefused() {
    signIn("officer");
    assertTrue(browser.driver().findElements(By.id("nav-rules")).isEmpty(), "no Rules link");
    browser.open(baseUrl() + "rules");
    boolean forbidden =
        browser.driver().findElements(By.id("error-text")).stream()
            .anyMatch(e -> e.getText().contains("Your role does not allow you to see this page."));
    boolean sentToSignIn = browser.driver().getCurrentUrl().contains("/login?continue=");
    assertTrue(forbidden || sentToSignIn, browser.driver().getCurrentUrl());
    assertTrue(browser.driver().findElements(By.id("list:versions")).isEmpty());
    browser.open(baseUrl() + "rule-set?version=JOBTRAINER-2020.1");
    assertTrue(browser.driver().findElements(By.id("rule-set-status")).isEmpty());
  }

  /** A picture of the whole page for people to look at, under target/screenshots. */
  private static void fullPageScreenshot(String name) {
    WebDriver.Window window = browser.driver().manage().window();
    Dimension size = window.getSize();
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    Number height =
        (Number)
            page.executeScript(
                "window.scrollTo(0, 0); return document.documentElement.scrollHeight"
                    + " + window.outerHeight - window.innerHeight");
    window.setSize(new Dimension(size.getWidth(), Math.max(height.intValue(), 600)));
    try {
      browser.screenshot(name);
    } finally {
      window.setSize(size);
    }
  }
}
