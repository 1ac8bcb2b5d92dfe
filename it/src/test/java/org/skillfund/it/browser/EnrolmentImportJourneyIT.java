package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.Usis;

@DisplayName("Bulk enrolment page: a provider uploads a CSV file and reads the report")
class EnrolmentImportJourneyIT extends BrowserJourney {

  private static final String HEADER =
      "usi,given_name,family_name,date_of_birth,email,course_code,start_date,state,"
          + "funding_program,residency,employment_status,school_student,highest_aqf_level\n";

  @Test
  @DisplayName(
      "provider-a opens the page from the menu, uploads two good rows and a bad USI: the report"
          + " counts 2 accepted and 1 rejected and names the USI problem")
  void uploadAndReport() throws Exception {
    signInAs("provider-a", Api.DEMO_PASSWORD);
    browser.driver().findElement(By.id("nav-enrolment-import")).click();
    browser.waitForPrimeFaces();
    EnrolmentImportPage page = EnrolmentImportPage.current(browser);
    assertTrue(page.offersTemplate());
    accessible("bulk enrolment");

    String one = Usis.fresh();
    String two = Usis.fresh();
    String badUsi = one.substring(0, 9) + (one.charAt(9) == '2' ? '3' : '2');
    String row =
        "%s,%s,Lee,2006-03-01,%s@example.org,CHC33021,2027-03-01,NSW,JT-2026,CITIZEN,UNEMPLOYED,,\n";
    page.upload(
        "learners.csv",
        HEADER
            + row.formatted(one, "Ann", "ann." + one.toLowerCase())
            + row.formatted(badUsi, "Bad", "bad." + one.toLowerCase())
            + row.formatted(two, "Bob", "bob." + two.toLowerCase()));

    assertEquals(List.of("learners.csv: 2 accepted, 1 rejected."), page.messages());
    assertEquals("2", page.accepted());
    assertEquals("1", page.rejected());
    List<List<String>> rows = page.rows();
    assertEquals(3, rows.size(), rows.toString());
    assertEquals(List.of("2", one, "Accepted"), rows.get(0).subList(0, 3));
    assertEquals(List.of("3", badUsi, "Rejected", "usi must be a valid USI"), rows.get(1));
    assertEquals(List.of("4", two, "Accepted"), rows.get(2).subList(0, 3));
    assertTrue(rows.get(0).get(3).startsWith("Enrolment "), rows.get(0).toString());
    accessible("bulk enrolment report");

    page.onlyRejected();
    assertEquals(1, page.rows().size());
  }
}
