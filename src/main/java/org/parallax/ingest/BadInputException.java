package org.parallax.ingest;

/** A reason an input cannot be used; the message is the one-line reason shown to the user. */
final class BadInputException extends Exception {
  BadInputException(String reason) {
    super(reason, null, false, false);
  }
}
