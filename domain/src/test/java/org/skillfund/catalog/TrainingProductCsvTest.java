package org.skillfund.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.shared.AustralianState;

class TrainingProductCsvTest {

  private static final String H = TrainingProductCsv.HEADER;

  @Test
  @DisplayName("rows become products, with quoted titles, empty levels and priority states")
  void parsesRows() {
    List<TrainingProduct> products =
        TrainingProductCsv.parse(
            List.of(
                H,
                "CHC33021,Certificate III in Individual Support,QUALIFICATION,3,CURRENT,,Aged care,NSW|VIC",
                "CHC33015,\"Certificate III in Individual Support, old\",QUALIFICATION,3,"
                    + "SUPERSEDED,CHC33021,Aged care,",
                "HLTINF001,Comply with infection prevention and control policies and procedures,"
                    + "UNIT,,CURRENT,,Health,"));
    assertEquals(3, products.size());
    TrainingProduct first = products.get(0);
    assertEquals(
        Set.of(AustralianState.NSW, AustralianState.VIC), first.getJobTrainerPriorityStates());
    assertEquals("Certificate III in Individual Support, old", products.get(1).getTitle());
    assertEquals("CHC33021", products.get(1).getSupersededBy());
    assertEquals(null, products.get(2).getAqfLevel());
  }

  @Test
  @DisplayName("a wrong header, a short row or an unknown type names the line at fault")
  void refusesBadRows() {
    assertThrows(IllegalArgumentException.class, () -> TrainingProductCsv.parse(List.of("x,y")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TrainingProductCsv.parse(
                    List.of(H, "CHC33021,Title,COURSE,3,CURRENT,,Aged care,")));
    assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TrainingProductCsv.parse(List.of(H, "CHC33021,Title,QUALIFICATION,3")));
    assertTrue(e.getMessage().contains("expected 8 fields"), e.getMessage());
  }

  @Test
  @DisplayName("a successor missing from the file, or a code twice, is refused")
  void refusesDanglingSuccessorAndDuplicates() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TrainingProductCsv.parse(
                List.of(H, "CHC33015,Old,QUALIFICATION,3,SUPERSEDED,CHC33021,Aged care,")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TrainingProductCsv.parse(
                List.of(
                    H,
                    "CHC33021,A,QUALIFICATION,3,CURRENT,,Aged care,",
                    "CHC33021,A,QUALIFICATION,3,CURRENT,,Aged care,")));
  }
}
