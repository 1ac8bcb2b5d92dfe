package org.skillfund.credential;

/** How a micro-credential is delivered. */
public enum DeliveryMode {
  ONLINE("Online"),
  FACE_TO_FACE("Face to face"),
  BLENDED("Blended"),
  WORKPLACE("In the workplace");

  private final String words;

  DeliveryMode(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
