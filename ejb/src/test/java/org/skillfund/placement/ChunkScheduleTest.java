package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChunkScheduleTest {

  /** A chunk's row: its learner and what the fake does with it. */
  private record Row(String learner, String fails) {
    static Row of(String learner) {
      return new Row(learner, null);
    }
  }

  private static final class TakenMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  /**
   * Fake chunks: an outcome per row ("learner:ahead" or "learner:locked"); a row's {@code fails}
   * makes the background run fail ("taken" with places taken, anything else a system error, "both"
   * also the run under locks). Records the order in which chunks start and finish.
   */
  private final class Fake implements ChunkSchedule.Chunks<Row, String> {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final ConcurrentHashMap<String, Long> delayOf = new ConcurrentHashMap<>();

    @Override
    public Future<List<String>> ahead(List<Row> part) {
      String name = part.get(0).learner();
      events.add("start " + name);
      return CompletableFuture.supplyAsync(
          () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
              TimeUnit.MILLISECONDS.sleep(delayOf.getOrDefault(name, 20L));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            events.add("end " + name);
            for (Row row : part) {
              if ("taken".equals(row.fails())) {
                throw new TakenMeanwhile();
              }
              if (row.fails() != null) {
                throw new IllegalStateException("connection lost");
              }
            }
            return part.stream().map(r -> r.learner() + ":ahead").toList();
          },
          pool);
    }

    @Override
    public List<String> locked(List<Row> part) {
      events.add("locked " + part.get(0).learner());
      if (part.stream().anyMatch(r -> "both".equals(r.fails()))) {
        throw new IllegalStateException("connection lost again");
      }
      return part.stream().map(r -> r.learner() + ":locked").toList();
    }

    @Override
    public boolean placesTaken(Throwable error) {
      return error instanceof TakenMeanwhile;
    }

    @Override
    public List<String> failed(List<Row> part, Throwable error) {
      return part.stream().map(r -> r.learner() + ":failed").toList();
    }
  }

  private final Fake fake = new Fake();
  private final List<List<String>> published = Collections.synchronizedList(new ArrayList<>());
  private final ChunkSchedule<Row, String> schedule =
      new ChunkSchedule<>(fake, Row::learner, published::add);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private static List<List<Row>> chunks(String... firstLearners) {
    List<List<Row>> parts = new ArrayList<>();
    for (String l : firstLearners) {
      parts.add(List.of(Row.of(l), Row.of(l + "2")));
    }
    return parts;
  }

  @Test
  @DisplayName("side by side: two chunks at a time at most, outcomes and progress in file order")
  void twoAtATime() {
    List<List<Row>> parts = chunks("a", "b", "c", "d", "e");
    fake.delayOf.put("a", 150L);
    List<List<String>> outcomes = schedule.sideBySide(parts, 2);
    assertEquals(
        List.of(
            List.of("a:ahead", "a2:ahead"),
            List.of("b:ahead", "b2:ahead"),
            List.of("c:ahead", "c2:ahead"),
            List.of("d:ahead", "d2:ahead"),
            List.of("e:ahead", "e2:ahead")),
        outcomes);
    assertEquals(outcomes, published, "progress is told each chunk in file order");
    assertEquals(2, fake.mostAtOnce.get(), "never more than two in the background at once");
    assertTrue(
        fake.events.indexOf("start c") > fake.events.indexOf("end a"),
        "the third chunk waits for the first: " + fake.events);
  }

  @Test
  @DisplayName("a chunk with a learner of an earlier chunk waits for that chunk to finish")
  void sameLearnerWaits() {
    List<List<Row>> parts =
        List.of(
            List.of(Row.of("a"), Row.of("x")),
            List.of(Row.of("b")),
            List.of(Row.of("c"), Row.of("x")));
    fake.delayOf.put("a", 200L);
    schedule.sideBySide(parts, 4);
    assertTrue(
        fake.events.indexOf("start c") > fake.events.indexOf("end a"),
        "chunk c shares learner x with chunk a: " + fake.events);
    assertTrue(
        fake.events.indexOf("start b") < fake.events.indexOf("end a"),
        "chunk b shares nobody and runs beside a: " + fake.events);
  }

  @Test
  @DisplayName("places taken meanwhile: that chunk alone is run again under locks")
  void placesTakenRunsAgainLocked() {
    List<List<Row>> parts =
        List.of(
            List.of(Row.of("a")),
            List.of(new Row("b", "taken"), Row.of("b2")),
            List.of(Row.of("c")));
    List<List<String>> outcomes = schedule.sideBySide(parts, 2);
    assertEquals(
        List.of(List.of("a:ahead"), List.of("b:locked", "b2:locked"), List.of("c:ahead")),
        outcomes);
  }

  @Test
  @DisplayName("a system error stops only its own chunk, reported row by row; the others stand")
  void systemErrorStopsOneChunk() {
    List<List<Row>> parts =
        List.of(
            List.of(Row.of("a")),
            List.of(new Row("b", "boom"), Row.of("b2")),
            List.of(new Row("c", "both")),
            List.of(Row.of("d")));
    assertEquals(
        List.of(
            List.of("a:ahead"),
            List.of("b:failed", "b2:failed"),
            List.of("c:failed"),
            List.of("d:ahead")),
        schedule.sideBySide(parts, 2));
    assertEquals(
        List.of(List.of("a:locked"), List.of("b:failed")),
        new ChunkSchedule<Row, String>(fake, Row::learner, o -> {})
            .oneAfterAnother(List.of(List.of(Row.of("a")), List.of(new Row("b", "both")))),
        "one after another, a failed chunk is reported and the next runs");
  }

  @Test
  @DisplayName("one after another: every chunk under locks, in file order, nothing in background")
  void oneAfterAnother() {
    assertEquals(
        List.of(List.of("a:locked", "a2:locked"), List.of("b:locked", "b2:locked")),
        schedule.oneAfterAnother(chunks("a", "b")));
    assertEquals(List.of("locked a", "locked b"), fake.events);
  }
}
