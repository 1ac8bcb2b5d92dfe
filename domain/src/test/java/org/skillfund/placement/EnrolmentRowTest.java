package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.eligibility.EmploymentStatus;
import org.skillfund.shared.AustralianState;

/** The field checks of a bulk file's row, named by the file's columns. */
class EnrolmentRowTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static EnrolmentRow.Read read(String line) {
    return EnrolmentRow.read(EnrolmentCsv.rows(EnrolmentCsv.HEADER + "\n" + line).get(0), TODAY);
  }

  @Test
  @DisplayName("a good row is read with its types, USI and codes in capitals")
  void goodRow() {
    EnrolmentRow.Read r =
        read(
            "2222222222,Ada,Lovelace,2001-02-03,ada@example.org,chc33021,2027-03-01,nsw,jt-2026,"
                + "CITIZEN,unemployed,false,3");
    assertNull(r.problem());
    assertEquals(2, r.line());
    assertEquals("CHC33021", r.row().courseCode());
    assertEquals("JT-2026", r.row().programCode());
    assertEquals(AustralianState.NSW, r.row().state());
    assertEquals(EmploymentStatus.UNEMPLOYED, r.row().employmentStatus());
    assertEquals(3, r.row().highestAqfLevelHeld());
  }

  @Test
  @DisplayName("every bad field is named, in column order")
  void everyProblem() {
    EnrolmentRow.Read r =
        read(
            "2222222223,,Lovelace,2030-01-01,not-mail,CHC33021,2027-13-01,XX,JT-2026,ALIEN,,maybe,11");
    assertEquals(
        "usi must be a valid USI; given_name is required (1 to 100 characters);"
            + " date_of_birth must be a date in the past; email must be an e-mail address;"
            + " start_date must be a date as YYYY-MM-DD;"
            + " state must be one of NSW, VIC, QLD, WA, SA, TAS, ACT, NT;"
            + " residency must be one of "
            + String.join(
                ", ",
                java.util.Arrays.stream(org.skillfund.eligibility.Residency.values())
                    .map(Enum::name)
                    .toList())
            + "; employment_status is required; school_student must be true or false (or empty);"
            + " highest_aqf_level must be an AQF level from 1 to 10",
        r.problem());
    assertEquals("2222222223", r.usi());
  }

  @Test
  @DisplayName("a learner born on or after the start date is refused")
  void bornAfterStart() {
    EnrolmentRow.Read r =
        read(
            "2222222222,Ada,Lovelace,2026-01-01,ada@example.org,CHC33021,2025-12-01,NSW,JT-2026,"
                + "CITIZEN,UNEMPLOYED,,");
    assertEquals("date_of_birth must be before the start date", r.problem());
  }

  @Test
  @DisplayName("a line that does not split into 13 fields says how many it has")
  void wrongFieldCount() {
    assertEquals("expected 13 fields but found 2", read("a,b").problem());
  }
}
