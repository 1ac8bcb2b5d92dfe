package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The page where a micro-credential is edited by its provider or reviewed by an endorser. */
public final class MicroCredentialWorkPage {

  private final Browser browser;

  private MicroCredentialWorkPage(Browser browser) {
    this.browser = browser;
  }

  /** A new draft. */
  public static MicroCredentialWorkPage openNew(Browser browser, String baseUrl) {
    browser.open(baseUrl + "microcredential-work");
    return new MicroCredentialWorkPage(browser);
  }

  public static MicroCredentialWorkPage open(Browser browser, String baseUrl, String id) {
    browser.open(baseUrl + "microcredential-work?id=" + id);
    return new MicroCredentialWorkPage(browser);
  }

  public MicroCredentialWorkPage type(String field, String text) {
    WebElement input = browser.driver().findElement(By.id(field));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public MicroCredentialWorkPage choose(String field, String label) {
    new Select(browser.driver().findElement(By.id(field))).selectByVisibleText(label);
    return this;
  }

  /** Fills every field of the draft with a micro-credential that meets the criteria. */
  public MicroCredentialWorkPage fill(String title, int hours, String reviewDate) {
    return type("draft:title", title)
        .type("draft:description", "Hand hygiene and PPE for customer-facing staff.")
        .type("draft:outcomes", "Apply hand hygiene\nUse PPE correctly")
        .type("draft:hours", Integer.toString(hours))
        .choose("draft:deliveryMode", "Blended")
        .choose("draft:cetModel", "Wholly educational-institution based")
        .type("draft:assessment", "Observed demonstration and a quiz")
        .type("draft:industry", "Retail")
        .type("draft:industryEndorsement", "National Retail Association")
        .type("draft:price", "99.00")
        .type("draft:units", "HLTINF006")
        .type("draft:creditTowards", "HLTSS00065")
        .type("draft:stacking", "Stacks into the HLTSS00065 skill set")
        .type("draft:qaStatement", "Moderated by our quality team")
        .type("draft:reviewDate", reviewDate);
  }

  /** Saves; a new draft's page reloads under its id. */
  public MicroCredentialWorkPage save() {
    click("draft:save");
    return this;
  }

  public MicroCredentialWorkPage click(String button) {
    browser.driver().findElement(By.id(button)).click();
    browser.waitForPrimeFaces();
    return this;
  }

  public String id() {
    String url = browser.driver().getCurrentUrl();
    return url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
  }

  public String status() {
    return browser.driver().findElement(By.id("mc-status")).getText();
  }

  /** Every message shown on the page (page, form and field messages). */
  public List<String> messages() {
    return browser
        .driver()
        .findElements(By.cssSelector(".page-messages li, .field-message"))
        .stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .toList();
  }

  /** The sections listed as changed since the previous version. */
  public List<String> changedSections() {
    return browser.driver().findElements(By.cssSelector("#changes tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> issuedStatuses() {
    return browser.driver().findElements(By.cssSelector(".issued-status")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public void revokeFirst(String reason) {
    type("issued:revokeReason", reason);
    browser.driver().findElement(By.cssSelector(".revoke-button")).click();
    browser.waitForPrimeFaces();
  }
}
