package org.parallax.ingest;

/**
 * Limits that keep one hostile input from exhausting memory.
 *
 * @param maxDocumentBytes largest single article (a text or HTML file, a JSON line, a WARC
 *     payload); a larger one is rejected, not truncated, so no half article is ever analysed
 * @param maxFeedBytes largest RSS/Atom file (feeds are parsed as a whole document)
 */
public record IngestOptions(long maxDocumentBytes, long maxFeedBytes) {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L << 20;
  public static final long DEFAULT_MAX_FEED_BYTES = 32L << 20;

  public IngestOptions {
    if (maxDocumentBytes < 1024) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be at least 1024, got " + maxDocumentBytes);
    }
    if (maxFeedBytes < 1024) {
      throw new IllegalArgumentException("maxFeedBytes must be at least 1024, got " + maxFeedBytes);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_FEED_BYTES);
  }
}
