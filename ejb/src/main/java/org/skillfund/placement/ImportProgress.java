package org.skillfund.placement;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a bulk enrolment import has come, published after every chunk so a page can show a
 * progress bar while the import runs in the background.
 */
public class ImportProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private volatile int total;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();

  /** The file's rows, once it has been read. */
  void start(int rows) {
    total = rows;
  }

  /** Rows decided so far, of which {@code acceptedNow} were enrolled. */
  void advance(int rows, int acceptedNow) {
    done.addAndGet(rows);
    accepted.addAndGet(acceptedNow);
  }

  public int getTotal() {
    return total;
  }

  public int getDone() {
    return done.get();
  }

  public int getAccepted() {
    return accepted.get();
  }

  /** 0 to 100. */
  public int getPercent() {
    int t = total;
    return t == 0 ? 0 : (int) Math.min(100, done.get() * 100L / t);
  }
}
