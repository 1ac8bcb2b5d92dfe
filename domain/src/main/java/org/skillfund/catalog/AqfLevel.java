package org.skillfund.catalog;

/** Australian Qualifications Framework levels 1 to 10 and what each is called. */
public final class AqfLevel {

  public static final int MIN = 1;
  public static final int MAX = 10;

  private static final String[] NAMES = {
    "Certificate I",
    "Certificate II",
    "Certificate III",
    "Certificate IV",
    "Diploma",
    "Advanced Diploma / Associate Degree",
    "Bachelor Degree",
    "Graduate Certificate / Graduate Diploma / Honours",
    "Masters Degree",
    "Doctoral Degree"
  };

  private AqfLevel() {}

  /** The name of an AQF level, e.g. 3 is "Certificate III". */
  public static String nameOf(int level) {
    if (level < MIN || level > MAX) {
      throw new IllegalArgumentException("AQF levels run from 1 to 10, not " + level);
    }
    return NAMES[level - 1];
  }
}
