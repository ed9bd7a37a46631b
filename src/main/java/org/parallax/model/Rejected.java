package org.parallax.model;

import java.util.Objects;

/**
 * An input, or one record of it, that could not be used.
 *
 * @param input the path as given, or {@code path#N} for the N-th record (from 1)
 * @param reason one line a person can act on: what is wrong, not a stack trace
 */
public record Rejected(String input, String reason) {
  public Rejected {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    reason = reason.replaceAll("\\s+", " ").strip();
  }

  /** The line printed on stderr for this rejection. */
  public String line() {
    return input + ": " + reason;
  }
}
