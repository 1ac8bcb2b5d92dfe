package org.skillfund.placement;

import java.util.ArrayList;
import java.util.List;
import org.skillfund.catalog.TrainingProductCsv;

/**
 * A provider's bulk enrolment file, with AVETMISS-like columns: {@code
 * usi,given_name,family_name,date_of_birth,email,course_code,start_date,state,funding_program,
 * residency,employment_status,school_student,highest_aqf_level}. Dates as YYYY-MM-DD; the last two
 * may be empty (not at school, no qualification held).
 */
public final class EnrolmentCsv {

  public static final String HEADER =
      "usi,given_name,family_name,date_of_birth,email,course_code,start_date,state,"
          + "funding_program,residency,employment_status,school_student,highest_aqf_level";

  private static final int FIELDS = 13;

  /**
   * One row as read, not yet checked.
   *
   * @param line the line number in the file (the header is line 1)
   * @param fields the row's fields, or null when the row could not be split into 13
   * @param problem why the row could not be read, or null
   */
  public record Row(int line, List<String> fields, String problem) {

    public String field(int index) {
      String value = fields.get(index).strip();
      return value.isEmpty() ? null : value;
    }

    public String usi() {
      return fields == null ? null : field(0);
    }
  }

  private EnrolmentCsv() {}

  /** Splits the file into rows after the header; refuses a file without the header. */
  public static List<Row> rows(String text) {
    List<String> lines = text == null ? List.of() : text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equals(HEADER)) {
      throw new IllegalArgumentException("the first line must be the header: " + HEADER);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = TrainingProductCsv.splitCsv(line);
      rows.add(
          fields.size() == FIELDS
              ? new Row(i + 1, fields, null)
              : new Row(i + 1, null, "expected " + FIELDS + " fields but found " + fields.size()));
    }
    return rows;
  }
}
