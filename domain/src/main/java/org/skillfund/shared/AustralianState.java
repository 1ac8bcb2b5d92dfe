package org.skillfund.shared;

/** The eight Australian states and territories, by their usual abbreviation. */
public enum AustralianState {
  NSW("New South Wales"),
  VIC("Victoria"),
  QLD("Queensland"),
  WA("Western Australia"),
  SA("South Australia"),
  TAS("Tasmania"),
  ACT("Australian Capital Territory"),
  NT("Northern Territory");

  private final String fullName;

  AustralianState(String fullName) {
    this.fullName = fullName;
  }

  public String fullName() {
    return fullName;
  }
}
