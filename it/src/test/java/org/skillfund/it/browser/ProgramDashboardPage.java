package org.skillfund.it.browser;

import org.openqa.selenium.By;

/** The program dashboard: budgets, places, applications and the exports. */
public final class ProgramDashboardPage extends PageObject {

  private ProgramDashboardPage(Browser browser) {
    super(browser);
  }

  public static ProgramDashboardPage open(Browser browser, String baseUrl, String code) {
    browser.open(baseUrl + "program-dashboard?code=" + code);
    return new ProgramDashboardPage(browser);
  }

  public String heading() {
    return driver().findElement(By.id("dashboard-heading")).getText();
  }

  /** The committed amount of one budget, e.g. "$350,000.00". */
  public String committed(String state, String stream) {
    return driver()
        .findElement(By.cssSelector("tr.budget-" + state + "-" + stream + " td.committed"))
        .getText();
  }

  /** The places allocated in a state, e.g. "70". */
  public String allocated(String state) {
    return driver().findElement(By.cssSelector("tr.places-" + state + " td.allocated")).getText();
  }

  public String totalCommitted() {
    return driver().findElement(By.id("total-committed")).getText();
  }

  public boolean hasCharts() {
    return !driver().findElements(By.cssSelector("svg#budget-chart rect.chart-fill")).isEmpty()
        && !driver().findElements(By.cssSelector("svg#places-chart")).isEmpty()
        && !driver().findElements(By.cssSelector("svg#applications-chart")).isEmpty();
  }

  public boolean hasExports() {
    return !driver().findElements(By.id("exports:export-csv")).isEmpty()
        && !driver().findElements(By.id("exports:export-xlsx")).isEmpty()
        && !driver().findElements(By.id("exports:export-pdf")).isEmpty();
  }
}
