package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;

@DisplayName("An officer signs in, searches the catalogue and opens a product")
class OfficerBrowsesCatalogueIT extends BrowserJourney {

  @Test
  @DisplayName(
      "sign in as officer, find the commercial cookery qualification, follow its supersession")
  void officerJourney() {
    LoginPage login = LoginPage.open(browser, baseUrl());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "login page");
    login.signIn("officer", Api.DEMO_PASSWORD);
    assertEquals("Signed in as officer", login.signedInAs());

    CataloguePage catalogue = CataloguePage.open(browser, baseUrl());
    assertTrue(catalogue.pageReport().matches("Products 1 to 20 of \\d+"), catalogue.pageReport());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "catalogue page");

    catalogue.search("SIT405");
    assertEquals(List.of("SIT40516", "SIT40521"), catalogue.codes());
    browser.screenshot("catalogue-search");

    ProductPage product = catalogue.openProduct("SIT40516");
    assertTrue(
        product.heading().contains("Certificate IV in Commercial Cookery"), product.heading());
    assertEquals("Superseded", product.status());
    assertTrue(
        product.successorText().contains("SIT40521 Certificate IV in Kitchen Management"),
        product.successorText());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "product page");
    browser.screenshot("product");
  }

  @Test
  @DisplayName("filters narrow the table to current skill sets")
  void filtersNarrowTheTable() {
    CataloguePage catalogue =
        CataloguePage.open(browser, baseUrl())
            .filterByType("Skill set")
            .filterByStatus("Current")
            .submit();
    List<String> codes = catalogue.codes();
    assertTrue(codes.contains("HLTSS00064"), codes.toString());
    codes.forEach(code -> assertTrue(code.contains("SS"), code));
  }
}
