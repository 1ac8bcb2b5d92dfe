package org.skillfund.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the USI check character (Luhn mod N over the 32-character USI alphabet). */
class UsiPropertyTest {

  @Provide
  Arbitrary<String> firstNine() {
    return Arbitraries.of(UsiValidator.ALPHABET.chars().mapToObj(c -> (char) c).toList())
        .list()
        .ofSize(9)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Provide
  Arbitrary<Character> usiCharacter() {
    return Arbitraries.of(UsiValidator.ALPHABET.chars().mapToObj(c -> (char) c).toList());
  }

  @Property(tries = 2000)
  @Label("nine USI characters and their check character always make a valid USI")
  void checkCharacterCompletesAValidUsi(@ForAll("firstNine") String first) {
    assertTrue(UsiValidator.isValidUsi(first + UsiValidator.checkCharacter(first)));
  }

  @Property(tries = 5000)
  @Label("changing any one character of a valid USI makes it invalid")
  void everySingleSubstitutionIsCaught(
      @ForAll("firstNine") String first,
      @ForAll @IntRange(min = 0, max = 9) int position,
      @ForAll("usiCharacter") char other) {
    String usi = first + UsiValidator.checkCharacter(first);
    if (usi.charAt(position) == other) {
      return; // not a change
    }
    String changed = usi.substring(0, position) + other + usi.substring(position + 1);
    assertFalse(UsiValidator.isValidUsi(changed), usi + " -> " + changed);
  }

  @Property(tries = 2000)
  @Label(
      "swapping two different adjacent characters of a valid USI makes it invalid, except 2 and Z"
          + " (Luhn mod N's one blind spot: the first and last characters of the alphabet)")
  void adjacentTranspositionIsCaught(
      @ForAll("firstNine") String first, @ForAll @IntRange(min = 0, max = 8) int position) {
    String usi = first + UsiValidator.checkCharacter(first);
    char a = usi.charAt(position);
    char b = usi.charAt(position + 1);
    String ends = "" + UsiValidator.ALPHABET.charAt(0) + UsiValidator.ALPHABET.charAt(31);
    if (a == b || ends.indexOf(a) >= 0 && ends.indexOf(b) >= 0) {
      return;
    }
    String swapped = usi.substring(0, position) + b + a + usi.substring(position + 2);
    assertFalse(UsiValidator.isValidUsi(swapped), usi + " -> " + swapped);
  }
}
