package org.skillfund.it.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A provider's own page: its status, the draft application, evidence and submission. */
public final class ProviderPage {

  private final Browser browser;

  private ProviderPage(Browser browser) {
    this.browser = browser;
  }

  public static ProviderPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "provider");
    return new ProviderPage(browser);
  }

  public static ProviderPage current(Browser browser) {
    return new ProviderPage(browser);
  }

  /** The status in words, e.g. "Draft" or "Approved". */
  public String status() {
    return driver().findElement(By.id("provider-status")).getText();
  }

  /** The codes of the products on the approved scope. */
  public List<String> scope() {
    return ElementTexts.of(driver(), By.cssSelector("#scope li .product-code"));
  }

  public ProviderPage details(String rtoCode, String contactName, String email, String phone) {
    type("provider:rtoCode", rtoCode);
    type("provider:contactName", contactName);
    type("provider:contactEmail", email);
    type("provider:contactPhone", phone);
    return this;
  }

  /** Ticks a delivery state by its full name, e.g. "Northern Territory". */
  public ProviderPage deliversIn(String stateName) {
    WebElement box =
        driver()
            .findElement(
                By.xpath(
                    "//ul[@id='provider:states']//label[normalize-space()='"
                        + stateName
                        + "']/preceding-sibling::input"));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /**
   * Fills product row {@code row} (from 0): types the code, picks the suggestion that starts with
   * it, and chooses the delivery model and, if given, the work-based format.
   */
  public ProviderPage product(int row, String code, String cetModel, String format) {
    String at = "provider:products:" + row + ":";
    type(at + "product_input", code);
    By suggestion =
        By.xpath(
            "//*[@id='"
                + at
                + "product_panel']//li[contains(@class,'ui-autocomplete-item')][starts-with(normalize-space(),'"
                + code
                + "')]");
    wait(10).until(ExpectedConditions.elementToBeClickable(suggestion)).click();
    browser.waitForPrimeFaces();
    new Select(driver().findElement(By.id(at + "cetModel"))).selectByVisibleText(cetModel);
    browser.waitForPrimeFaces();
    if (format != null) {
      new Select(driver().findElement(By.id(at + "format"))).selectByVisibleText(format);
    }
    return this;
  }

  public ProviderPage addProductRow() {
    int rows = productRows();
    driver().findElement(By.id("provider:add-product")).click();
    wait(10).until(d -> productRows() == rows + 1);
    browser.waitForPrimeFaces();
    return this;
  }

  private int productRows() {
    return driver().findElements(By.cssSelector("#provider\\:products > tbody > tr")).size();
  }

  public ProviderPage saveDraft() {
    driver().findElement(By.id("provider:save")).click();
    browser.waitForPrimeFaces();
    return this;
  }

  /** Uploads a file through the file chooser and waits for the answer: listed, or refused. */
  public ProviderPage upload(Path file) {
    WebElement before = driver().findElement(By.id("provider:evidence-list"));
    driver()
        .findElement(By.cssSelector("#provider\\:upload input[type='file']"))
        .sendKeys(file.toAbsolutePath().toString());
    wait(30).until(ExpectedConditions.stalenessOf(before));
    browser.waitForPrimeFaces();
    return this;
  }

  /** The message next to the file chooser, e.g. why a file was refused. */
  public String uploadMessage() {
    return driver().findElement(By.id("provider:upload-message")).getText();
  }

  /** The names of the evidence files listed. */
  public List<String> evidence() {
    return ElementTexts.of(driver(), By.cssSelector("#provider\\:evidence .file-name"));
  }

  /** Presses Submit, then confirms in the dialog. */
  public ProviderPage submitAndConfirm() {
    driver().findElement(By.id("provider:submit")).click();
    wait(10)
        .until(ExpectedConditions.elementToBeClickable(By.id("provider:confirm-submit")))
        .click();
    browser.waitForPrimeFaces();
    wait(10)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("provider:submit-dialog")));
    return this;
  }

  /** The page-level messages: what was saved, or why nothing was. */
  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#provider\\:messages li"));
  }

  private void type(String id, String text) {
    WebElement input = driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver(), Duration.ofSeconds(seconds));
  }

  private WebDriver driver() {
    return browser.driver();
  }
}
