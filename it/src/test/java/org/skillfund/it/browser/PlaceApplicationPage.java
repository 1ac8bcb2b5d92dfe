package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A provider's place application: the draft editor, submission, and the read-only view after. */
public final class PlaceApplicationPage extends PageObject {

  private PlaceApplicationPage(Browser browser) {
    super(browser);
  }

  /** Opens the provider's list and follows "Start a new application". */
  public static PlaceApplicationPage startNew(Browser browser, String baseUrl) {
    browser.open(baseUrl + "place-applications");
    browser.submitAndWaitForNextPage(By.id("new-application"));
    return new PlaceApplicationPage(browser);
  }

  public PlaceApplicationPage program(String code, String stream) {
    Select program = new Select(driver().findElement(By.id("application:program")));
    if (!program.getFirstSelectedOption().getAttribute("value").equals(code)) {
      WebElement streams = driver().findElement(By.id("application:stream"));
      program.selectByValue(code);
      wait(10).until(ExpectedConditions.stalenessOf(streams));
      browser.waitForPrimeFaces();
    }
    new Select(driver().findElement(By.id("application:stream"))).selectByVisibleText(stream);
    return this;
  }

  /** Fills line {@code row} (from 0); {@code format} may be null for institution-based delivery. */
  public PlaceApplicationPage line(
      int row,
      String course,
      String state,
      int places,
      String cetModel,
      String format,
      String locations,
      String startDates) {
    String at = "application:lines:" + row + ":";
    new Select(driver().findElement(By.id(at + "course"))).selectByValue(course);
    new Select(driver().findElement(By.id(at + "state"))).selectByValue(state);
    type(at + "places", String.valueOf(places));
    WebElement formatBefore = driver().findElement(By.id(at + "format"));
    new Select(driver().findElement(By.id(at + "cetModel"))).selectByVisibleText(cetModel);
    wait(10).until(ExpectedConditions.stalenessOf(formatBefore));
    browser.waitForPrimeFaces();
    if (format != null) {
      new Select(driver().findElement(By.id(at + "format"))).selectByVisibleText(format);
    }
    type(at + "locations", locations);
    type(at + "startDates", startDates);
    return this;
  }

  public PlaceApplicationPage addLine() {
    int rows = lineRows();
    driver().findElement(By.id("application:add-line")).click();
    wait(10).until(d -> lineRows() == rows + 1);
    browser.waitForPrimeFaces();
    return this;
  }

  private int lineRows() {
    return driver().findElements(By.cssSelector("#application\\:lines > tbody > tr")).size();
  }

  public PlaceApplicationPage justification(String why, String partners) {
    type("application:justification", why);
    type("application:partners", partners);
    return this;
  }

  /** Saves a new draft: the page moves to the draft's own address. */
  public PlaceApplicationPage saveNewDraft() {
    browser.submitAndWaitForNextPage(By.id("application:save"));
    return this;
  }

  public PlaceApplicationPage submitAndConfirm() {
    driver().findElement(By.id("application:submit")).click();
    wait(10)
        .until(ExpectedConditions.elementToBeClickable(By.id("application:confirm-submit")))
        .click();
    browser.waitForPrimeFaces();
    wait(10)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("application:submit-dialog")));
    return this;
  }

  public String status() {
    return driver().findElement(By.id("application-status")).getText();
  }

  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#application\\:messages li"));
  }
}
