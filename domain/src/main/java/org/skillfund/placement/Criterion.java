package org.skillfund.placement;

/**
 * The published criteria an officer scores a place application against, each from 0 to {@link
 * #MAX_SCORE}.
 */
public enum Criterion {
  SKILLS_NEED(
      "Alignment with skills need", "The courses and states are priorities with unmet demand."),
  DELIVERY_CAPABILITY(
      "Delivery capability",
      "Trainers, locations and start dates can deliver the places asked for."),
  INDUSTRY_ENGAGEMENT(
      "Industry engagement", "Named industry partners and work-based learning lead to jobs."),
  PAST_PERFORMANCE(
      "Past performance", "Completion rates and compliance history under earlier programs."),
  VALUE_FOR_MONEY("Value for money", "The request is in proportion to the provider's capacity.");

  public static final int MAX_SCORE = 5;

  private final String title;
  private final String description;

  Criterion(String title, String description) {
    this.title = title;
    this.description = description;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }
}
