package org.parallax.model;

/** The container an input came in; detected from content, not from the file name. */
public enum Format {
  TEXT, HTML, RSS, ATOM, WARC, JSONL;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
