package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  @DisplayName("tracks scale to the largest whole; a tiny non-zero part is still one unit long")
  void sharedScale() {
    BarChart chart =
        BarChart.of(
            List.of(
                new BarChart.Item("NSW", 1000, 500, ""),
                new BarChart.Item("VIC", 500, 0.01, ""),
                new BarChart.Item("NT", 0, 0, "")),
            false);
    assertEquals(BarChart.TRACK_WIDTH, chart.rows().get(0).trackWidth());
    assertEquals(BarChart.TRACK_WIDTH / 2, chart.rows().get(0).fillWidth());
    assertEquals(BarChart.TRACK_WIDTH / 2, chart.rows().get(1).trackWidth());
    assertEquals(1, chart.rows().get(1).fillWidth());
    assertEquals(0, chart.rows().get(2).trackWidth());
    assertEquals(3 * BarChart.ROW_HEIGHT + 8, chart.height());
  }

  @Test
  @DisplayName("own scale: every track is full width and the part its share (places of a target)")
  void ownScale() {
    BarChart chart =
        BarChart.of(
            List.of(new BarChart.Item("NSW", 200, 50, ""), new BarChart.Item("NT", 10, 20, "")),
            true);
    assertEquals(BarChart.TRACK_WIDTH, chart.rows().get(0).trackWidth());
    assertEquals(BarChart.TRACK_WIDTH / 4, chart.rows().get(0).fillWidth());
    assertEquals(BarChart.TRACK_WIDTH, chart.rows().get(1).fillWidth(), "capped at the whole");
  }
}
