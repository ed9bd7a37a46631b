package org.parallax.text;

/** A document that normalization cannot turn into an article; the message is the reason. */
public final class UnusableDocumentException extends Exception {
  public UnusableDocumentException(String reason) {
    super(reason, null, false, false);
  }
}
