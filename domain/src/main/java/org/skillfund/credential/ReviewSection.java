package org.skillfund.credential;

/** The sections of a micro-credential an endorser comments on. */
public enum ReviewSection {
  OVERVIEW("Title and description"),
  LEARNING_OUTCOMES("Learning outcomes"),
  VOLUME("Volume of learning"),
  DELIVERY("Delivery mode and model"),
  ASSESSMENT("Assessment"),
  INDUSTRY("Industry endorsement"),
  PRICE("Price"),
  AQF_ALIGNMENT("AQF alignment and credit"),
  STACKING("Stacking"),
  QUALITY_ASSURANCE("Quality assurance");

  private final String words;

  ReviewSection(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
