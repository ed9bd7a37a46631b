package org.parallax.model;

import java.util.Objects;

/**
 * One document as a reader found it, before normalization. Hints come from the container's
 * metadata (an HTML {@code og:site_name}, a feed's title, a JSON field) and win over what the text
 * itself suggests; any hint may be {@code null}.
 *
 * @param input the path as given, or {@code path#N} for the N-th record of a multi-record file
 * @param format the container format
 * @param text plain text, paragraphs separated by blank lines; the headline may still be on top
 * @param url where the document came from, or {@code null}
 * @param outlet outlet named by metadata, or {@code null}
 * @param title headline from metadata, or {@code null} (then the text's first line may be one)
 * @param published publication date-time as metadata wrote it, or {@code null}
 * @param language language code from metadata, or {@code null}
 * @param summaryOnly true when a feed item carried only a summary, not the article
 * @param order position of this document in the batch, for stable tie-breaking
 * @param sourceId the id the container gave the document (a JSON line's {@code id}), or {@code null}
 */
public record RawDocument(
    String input,
    Format format,
    String text,
    String url,
    String outlet,
    String title,
    String published,
    String language,
    boolean summaryOnly,
    long order,
    String sourceId) {
  public RawDocument {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
  }

  /** A document without container metadata, as a plain-text file gives. */
  /**
   * Prefix of a {@code published} value that is only when an archive fetched the page (a WARC
   * record's date): the page's own dateline or text outranks it.
   */
  public static final String CRAWLED = "crawled ";

  public static RawDocument text(String input, String text) {
    return new RawDocument(input, Format.TEXT, text, null, null, null, null, null, false, 0, null);
  }

  public RawDocument withOrder(long newOrder) {
    return new RawDocument(input, format, text, url, outlet, title, published, language,
        summaryOnly, newOrder, sourceId);
  }
}
