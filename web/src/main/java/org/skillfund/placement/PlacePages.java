package org.skillfund.placement;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the place application pages share: times in words and where a line's fields are shown. */
final class PlacePages {

  private PlacePages() {}

  static String when(Instant instant) {
    return instant == null ? "" : DashboardLabels.when(instant);
  }

  /**
   * The input of each per-line field the service may name, e.g. {@code lines[0].places} or {@code
   * approvedPlaces[1]}, in an {@code h:dataTable} of {@code rows} rows.
   *
   * @param table the table's client id, e.g. {@code application:lines}
   * @param fields the service's field name for each input id in a row
   */
  static Map<String, String> rowInputs(String table, int rows, Map<String, String> fields) {
    Map<String, String> inputs = new HashMap<>();
    for (int i = 0; i < rows; i++) {
      for (Map.Entry<String, String> f : fields.entrySet()) {
        inputs.put(
            f.getKey().replace("#", String.valueOf(i)), table + ":" + i + ":" + f.getValue());
      }
    }
    return inputs;
  }

  /** The places a list of lines adds up to. */
  static long sum(List<Integer> places) {
    return places.stream().mapToLong(p -> p == null ? 0 : p).sum();
  }
}
