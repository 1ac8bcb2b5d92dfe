package org.skillfund.placement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart the page draws as SVG, no script: one row per item with a
 * track (the whole, e.g. a budget or a target) and a filled part (e.g. what is committed), and the
 * figures written after it. The same figures are in a table next to the chart.
 *
 * @param width the chart's width in SVG units
 * @param height its height
 * @param rows the bars, top to bottom
 */
public record BarChart(int width, int height, List<Row> rows) implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WIDTH = 780;
  static final int LABEL_WIDTH = 48;
  static final int TRACK_WIDTH = 300;
  static final int ROW_HEIGHT = 24;
  static final int BAR_HEIGHT = 14;

  /**
   * One bar.
   *
   * @param label left of the bar, e.g. the state's abbreviation
   * @param y top of the bar
   * @param trackWidth length of the whole
   * @param fillWidth length of the filled part
   * @param text the figures, written after the track
   */
  public record Row(String label, int y, int trackWidth, int fillWidth, String text)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public int labelY() {
      return y + BAR_HEIGHT - 2;
    }

    public int textX() {
      return LABEL_WIDTH + TRACK_WIDTH + 8;
    }

    public int barX() {
      return LABEL_WIDTH;
    }

    public int barHeight() {
      return BAR_HEIGHT;
    }
  }

  /**
   * One item to draw.
   *
   * @param label its label
   * @param whole the track's value
   * @param part the filled part's value
   * @param text the figures in words
   */
  record Item(String label, double whole, double part, String text) {}

  /**
   * Tracks scaled to the largest whole, or each to full width when {@code ownScale} (a share of a
   * target); a non-zero part is at least one unit long so it can be seen.
   */
  static BarChart of(List<Item> items, boolean ownScale) {
    double largest = items.stream().mapToDouble(Item::whole).max().orElse(0);
    List<Row> rows = new ArrayList<>();
    int y = 4;
    for (Item item : items) {
      double scale = ownScale ? item.whole() : largest;
      int track = scale <= 0 ? 0 : (int) Math.round(TRACK_WIDTH * item.whole() / scale);
      int fill =
          scale <= 0
              ? (item.part() > 0 ? TRACK_WIDTH : 0)
              : (int) Math.round(TRACK_WIDTH * Math.min(item.part(), scale) / scale);
      if (item.part() > 0 && fill == 0) {
        fill = 1;
      }
      rows.add(new Row(item.label(), y, Math.max(track, fill), fill, item.text()));
      y += ROW_HEIGHT;
    }
    return new BarChart(WIDTH, y + 4, rows);
  }
}
