package org.skillfund.shared;

/**
 * Which page of a long list to show: page numbers start at 0, pages hold 1 to {@value #MAX_SIZE}
 * items.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE);
    }
  }

  public int offset() {
    return Math.multiplyExact(page, size);
  }
}
