package org.parallax.attribution;

/** A half-open range of Java string indices. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
