package org.skillfund.placement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the chunks of one bulk file and collects their outcomes in file order, either one after
 * another under locks or up to a number of them side by side.
 *
 * <p>Side by side, a chunk waits for every earlier chunk that has one of its keys (its learners),
 * so rows with the same key are still decided in file order. A chunk whose run in the background
 * fails because its places were taken meanwhile is run again under locks; a chunk stopped by a
 * system error is reported row by row as {@link Chunks#failed}, and the other chunks stand. No
 * container, no database: {@link EnrolmentImport} gives it the EJB calls.
 *
 * @param <C> a row of a chunk
 * @param <R> a row's outcome
 */
final class ChunkSchedule<C, R> {

  /** What runs a chunk and what becomes of a failed one. */
  interface Chunks<C, R> {

    /** Runs the chunk in the background, assuming its places are there. */
    Future<List<R>> ahead(List<C> part);

    /** Runs the chunk under locks; throws on a system error. */
    List<R> locked(List<C> part);

    /** Whether a background run failed only because its places were taken meanwhile. */
    boolean placesTaken(Throwable error);

    /** Each row of a chunk stopped by a system error, as not done. */
    List<R> failed(List<C> part, Throwable error);
  }

  private final Chunks<C, R> chunks;
  private final Function<C, String> key;
  private final Consumer<List<R>> published;

  /**
   * @param key what rows that must be decided in file order share (the learner's USI)
   * @param published told of each chunk's outcome as soon as it is known, in file order
   */
  ChunkSchedule(Chunks<C, R> chunks, Function<C, String> key, Consumer<List<R>> published) {
    this.chunks = chunks;
    this.key = key;
    this.published = published;
  }

  /** Each chunk after the one before, under locks. */
  List<List<R>> oneAfterAnother(List<List<C>> parts) {
    List<List<R>> outcomes = new ArrayList<>(parts.size());
    for (List<C> part : parts) {
      outcomes.add(publish(locked(part)));
    }
    return outcomes;
  }

  /** Up to {@code width} chunks at a time in the background, finished in file order. */
  List<List<R>> sideBySide(List<List<C>> parts, int width) {
    List<List<R>> outcomes = new ArrayList<>(Collections.nCopies(parts.size(), null));
    Map<String, Integer> lastChunkOf = new HashMap<>();
    Deque<Integer> running = new ArrayDeque<>();
    Map<Integer, Future<List<R>>> futures = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      int after = -1;
      for (C row : parts.get(i)) {
        Integer earlier = lastChunkOf.put(key.apply(row), i);
        if (earlier != null && earlier != i) {
          after = Math.max(after, earlier);
        }
      }
      while (!running.isEmpty()
          && (running.size() >= Math.max(1, width) || running.peekFirst() <= after)) {
        int done = running.removeFirst();
        outcomes.set(done, publish(finish(parts.get(done), futures.remove(done))));
      }
      futures.put(i, chunks.ahead(parts.get(i)));
      running.addLast(i);
    }
    while (!running.isEmpty()) {
      int done = running.removeFirst();
      outcomes.set(done, publish(finish(parts.get(done), futures.remove(done))));
    }
    return outcomes;
  }

  /**
   * The chunk's outcome, waited for even if this thread is interrupted (the chunk commits or not
   * whatever the waiting thread does, and its report must say which).
   */
  private List<R> finish(List<C> part, Future<List<R>> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          return chunks.placesTaken(e.getCause())
              ? locked(part)
              : chunks.failed(part, e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private List<R> locked(List<C> part) {
    try {
      return chunks.locked(part);
    } catch (RuntimeException e) {
      return chunks.failed(part, e);
    }
  }

  private List<R> publish(List<R> outcome) {
    published.accept(outcome);
    return outcome;
  }
}
