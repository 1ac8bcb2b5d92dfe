package org.skillfund.it.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The list of rule-set versions and the program manager's form for a new draft. */
public final class RuleSetsPage {

  /**
   * One row of the versions table.
   *
   * @param version label
   * @param program the program's name
   * @param status Draft or Published
   * @param from first day in force
   */
  public record Version(String version, String program, String status, LocalDate from) {}

  private final Browser browser;

  private RuleSetsPage(Browser browser) {
    this.browser = browser;
  }

  public static RuleSetsPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "rules");
    return new RuleSetsPage(browser);
  }

  public static RuleSetsPage current(Browser browser) {
    return new RuleSetsPage(browser);
  }

  public List<Version> versions() {
    return browser.driver().findElements(By.cssSelector("#list\\:versions tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .filter(cells -> cells.size() > 3)
        .map(
            cells ->
                new Version(
                    cells.get(0).getText().strip(),
                    cells.get(1).getText().strip(),
                    cells.get(2).getText().strip(),
                    LocalDate.parse(cells.get(3).getText().strip())))
        .toList();
  }

  /** The first day of the latest published version of the program (by its name on the page). */
  public LocalDate latestPublishedFrom(String program) {
    return versions().stream()
        .filter(v -> v.program().equals(program) && v.status().equalsIgnoreCase("Published"))
        .map(Version::from)
        .max(LocalDate::compareTo)
        .orElseThrow(() -> new AssertionError("no published version of " + program));
  }

  public boolean hasDraftForm() {
    return !browser.driver().findElements(By.id("draft:create")).isEmpty();
  }

  /** Chooses the program; the page then offers that program's versions to copy. */
  public RuleSetsPage program(String name) {
    Select program = new Select(browser.driver().findElement(By.id("draft:program")));
    if (!program.getFirstSelectedOption().getText().equals(name)) {
      program.selectByVisibleText(name);
      browser.waitForPrimeFaces();
    }
    return this;
  }

  /** The versions offered in "Based on", by label. */
  public List<String> basedOnChoices() {
    return new Select(browser.driver().findElement(By.id("draft:basedOn")))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  /** Fills the new-draft form and submits it. */
  public void createDraft(
      String program, String basedOn, String label, String effectiveFrom, String reason) {
    program(program);
    new Select(browser.driver().findElement(By.id("draft:basedOn"))).selectByValue(basedOn);
    type("draft:version", label);
    type("draft:effectiveFrom", effectiveFrom);
    type("draft:reason", reason);
    browser.driver().findElement(By.id("draft:create")).click();
    browser.waitForPrimeFaces();
  }

  public String fieldMessage(String field) {
    return browser.driver().findElement(By.id("draft:" + field + "-message")).getText();
  }

  /** Notices at the top of the page, e.g. after a draft was discarded. */
  public List<String> pageMessages() {
    return browser.driver().findElements(By.cssSelector("#page-messages li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void type(String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
