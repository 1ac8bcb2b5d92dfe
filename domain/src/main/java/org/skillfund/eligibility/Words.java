package org.skillfund.eligibility;

import java.util.List;

/**
 * How explanations write lists of words (days: {@link org.skillfund.shared.SchemeDate#inWords}).
 */
final class Words {

  private Words() {}

  /** "a", "a or b", "a, b or c". */
  static String either(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }
}
