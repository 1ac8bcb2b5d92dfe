package org.skillfund.it.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The bulk enrolment page: upload a CSV file, wait for the report, read it. */
public final class EnrolmentImportPage extends PageObject {

  private EnrolmentImportPage(Browser browser) {
    super(browser);
  }

  public static EnrolmentImportPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "enrolment-import");
    return new EnrolmentImportPage(browser);
  }

  public static EnrolmentImportPage current(Browser browser) {
    return new EnrolmentImportPage(browser);
  }

  /** Uploads {@code csv} as a file named {@code name} and waits until the report is shown. */
  public EnrolmentImportPage upload(String name, String csv) throws IOException {
    Path file = Files.createTempDirectory("import").resolve(name);
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
    wait(120)
        .until(
            d ->
                !d.findElements(By.id("report:accepted")).isEmpty()
                    || !d.findElements(
                            By.cssSelector(
                                "#import\\:messages li.error, " + "#import\\:messages .error"))
                        .isEmpty());
    browser.waitForPrimeFaces();
    return this;
  }

  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#import\\:messages li"));
  }

  public String accepted() {
    return driver().findElement(By.id("report:accepted")).getText();
  }

  public String rejected() {
    return driver().findElement(By.id("report:rejected")).getText();
  }

  /** The report's rows on the current page: line, USI, outcome, enrolment or reason. */
  public List<List<String>> rows() {
    return driver().findElements(By.cssSelector("#report\\:rows_data tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .toList();
  }

  /** Shows only the rejected rows. */
  public EnrolmentImportPage onlyRejected() {
    driver().findElement(By.id("report:rejected-only")).click();
    wait(20)
        .until(
            ExpectedConditions.numberOfElementsToBeLessThan(
                By.cssSelector("#report\\:rows_data tr.row-accepted"), 1));
    browser.waitForPrimeFaces();
    return this;
  }

  /** Whether the template link is there. */
  public boolean offersTemplate() {
    return !driver().findElements(By.id("template:download-template")).isEmpty();
  }
}
