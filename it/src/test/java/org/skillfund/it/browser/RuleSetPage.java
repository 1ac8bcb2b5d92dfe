package org.skillfund.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One rule-set version's page: parameters, their changes, publication and the what-if. */
public final class RuleSetPage {

  private final Browser browser;

  private RuleSetPage(Browser browser) {
    this.browser = browser;
  }

  public static RuleSetPage open(Browser browser, String baseUrl, String version) {
    browser.open(baseUrl + "rule-set?version=" + version);
    return new RuleSetPage(browser);
  }

  /** The version page the browser is on or is being sent to, once it has loaded. */
  public static RuleSetPage current(Browser browser) {
    waitUntil(browser, ExpectedConditions.presenceOfElementLocated(By.id("rule-set-status")));
    browser.waitForPrimeFaces();
    return new RuleSetPage(browser);
  }

  /** Waits until the page shows the status (in any case), e.g. after publication reloads it. */
  public RuleSetPage awaitStatus(String status) {
    waitUntil(
        browser, d -> d.findElement(By.id("rule-set-status")).getText().equalsIgnoreCase(status));
    browser.waitForPrimeFaces();
    return this;
  }

  public String heading() {
    return browser.driver().findElement(By.id("rule-set-heading")).getText();
  }

  /** Draft or Published, as the badge in the heading says it. */
  public String status() {
    return browser.driver().findElement(By.id("rule-set-status")).getText();
  }

  public String parameterValue(String name) {
    return browser
        .driver()
        .findElement(By.cssSelector("span.param-value[data-parameter='" + name + "']"))
        .getText();
  }

  /** True when the page offers to change parameters, publish or discard. */
  public boolean isEditable() {
    return !browser.driver().findElements(By.cssSelector("button[data-parameter]")).isEmpty()
        || !browser.driver().findElements(By.id("actions:open-publish")).isEmpty();
  }

  public boolean showsPublishedNote() {
    return !browser.driver().findElements(By.id("published-note")).isEmpty();
  }

  /** Opens the change form of one parameter, types the change and saves it. */
  public RuleSetPage change(String name, String value, String source, String reason) {
    browser.driver().findElement(By.cssSelector("button[data-parameter='" + name + "']")).click();
    browser.waitForPrimeFaces();
    waitUntil(browser, ExpectedConditions.visibilityOfElementLocated(By.id("params:value")));
    type("params:value", value);
    type("params:source", source);
    type("params:reason", reason);
    browser.driver().findElement(By.id("params:save")).click();
    browser.waitForPrimeFaces();
    return this;
  }

  public String fieldMessage(String field) {
    return browser.driver().findElement(By.id("params:" + field + "-message")).getText();
  }

  /** Notices and errors shown above the parameters. */
  public List<String> parameterMessages() {
    return texts("#params\\:messages li");
  }

  /** Notices at the top of the page, e.g. after publication. */
  public List<String> pageMessages() {
    return texts("#page-messages li");
  }

  /** Runs the what-if over the default scope (checks in the version's period). */
  public RuleSetPage runWhatIf() {
    browser.driver().findElement(By.id("whatif:run")).click();
    browser.waitForPrimeFaces();
    waitUntil(browser, ExpectedConditions.visibilityOfElementLocated(By.id("what-if-gained")));
    return this;
  }

  /** Runs the what-if over every stored check of the program. */
  public RuleSetPage runWhatIfOverAllChecks() {
    browser
        .driver()
        .findElement(By.cssSelector("input[name='whatif:scope'][value='ALL_CHECKS']"))
        .click();
    return runWhatIf();
  }

  public long gained() {
    return number("what-if-gained");
  }

  public long lost() {
    return number("what-if-lost");
  }

  public long keptEligible() {
    return number("what-if-kept-eligible");
  }

  public long keptIneligible() {
    return number("what-if-kept-ineligible");
  }

  /** "Evaluated 3 stored checks in 0.01 seconds." */
  public String evaluatedSentence() {
    return browser.driver().findElement(By.id("what-if-evaluated")).getText();
  }

  /** The chart's gained bars, one per state with stored checks (none when nothing changes). */
  public int chartGainedBars() {
    return browser
        .driver()
        .findElements(By.cssSelector("#what-if-chart rect.bar-gained:not(.legend-key)"))
        .size();
  }

  /** The chart's text alternative. */
  public String chartDescription() {
    return browser
        .driver()
        .findElement(By.cssSelector("#what-if-chart desc"))
        .getAttribute("textContent");
  }

  /** The ids of the changed checks on the table's current page. */
  public List<String> changedCheckIds() {
    return browser.driver().findElements(By.cssSelector("a.check-link")).stream()
        .map(a -> a.getAttribute("data-check"))
        .toList();
  }

  /** Opens the publish dialog; returns it for the reason and the confirmation. */
  public ConfirmDialog openPublish() {
    return open("actions:open-publish", "publish");
  }

  /** Opens the discard dialog. */
  public ConfirmDialog openDiscard() {
    return open("actions:open-discard", "discard");
  }

  private ConfirmDialog open(String button, String form) {
    browser.driver().findElement(By.id(button)).click();
    waitUntil(browser, ExpectedConditions.visibilityOfElementLocated(By.id(form + ":reason")));
    return new ConfirmDialog(form);
  }

  /** A dialog that asks for a reason before it publishes or discards. */
  public final class ConfirmDialog {
    private final String form;

    private ConfirmDialog(String form) {
      this.form = form;
    }

    /** Types the reason and confirms; the browser stays on the dialog when it is refused. */
    public void confirm(String reason) {
      type(form + ":reason", reason);
      browser.driver().findElement(By.id(form + ":confirm")).click();
      browser.waitForPrimeFaces();
    }

    public String fieldMessage(String field) {
      return browser.driver().findElement(By.id(form + ":" + field + "-message")).getText();
    }

    public List<String> errors() {
      return texts("#" + form + "\\:messages li");
    }
  }

  private long number(String id) {
    return Long.parseLong(browser.driver().findElement(By.id(id)).getText().strip());
  }

  private List<String> texts(String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void type(String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static <T> void waitUntil(Browser browser, ExpectedCondition<T> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }
}
