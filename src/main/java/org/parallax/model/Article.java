package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A normalized report.
 *
 * @param id stable id derived from the content (or the record's own id for JSON lines)
 * @param input the path, or {@code path#N}
 * @param format the container it came in
 * @param url source URL or {@code null}
 * @param outlet outlet name or {@code null} when nothing names it
 * @param outletSource where the outlet came from ({@code metadata}, {@code feed}, {@code dateline},
 *     {@code site}, {@code release} for a press release's issuer) or {@code null}
 * @param title the headline, once
 * @param titleDerived true when the document had no headline and the title was made from its lead
 * @param place dateline place or {@code null}
 * @param published publication date or {@code null} when nothing dates it (never invented)
 * @param language ISO 639-1 code, or {@code null} when undetectable
 * @param body clean text: dateline, repeated headline and boilerplate removed; paragraphs
 *     separated by blank lines
 * @param raw the text as ingested, before normalization
 * @param contentHash hex SHA-256 of the body after case and whitespace folding
 * @param flags things noticed but not rewritten
 * @param removed boilerplate removed from the body, kept so the removal can be checked
 * @param summaryOnly true when only a feed summary was available
 * @param order the position in the batch
 * @param duplicateOf id of the earliest copy when this article is a near-duplicate, else null
 */
public record Article(
    String id,
    String input,
    Format format,
    String url,
    String outlet,
    String outletSource,
    String title,
    boolean titleDerived,
    String place,
    Published published,
    String language,
    String body,
    String raw,
    String contentHash,
    List<Flag> flags,
    List<String> removed,
    boolean summaryOnly,
    long order,
    String duplicateOf) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    flags = List.copyOf(flags);
    removed = List.copyOf(removed);
  }

  /**
   * Publication order: by date, undated articles last, ties by batch position. Every stage that
   * needs "earliest" or an arrival order uses this one.
   */
  public static final java.util.Comparator<Article> PUBLICATION_ORDER = java.util.Comparator
      .comparingLong((Article a) -> a.published() == null ? Long.MAX_VALUE
          : a.published().timeKey())
      .thenComparingLong(Article::order);

  public Article withId(String newId) {
    return new Article(newId, input, format, url, outlet, outletSource, title, titleDerived, place,
        published, language, body, raw, contentHash, flags, removed, summaryOnly, order,
        duplicateOf);
  }

  public Article withPublished(Published date) {
    return new Article(id, input, format, url, outlet, outletSource, title, titleDerived, place,
        date, language, body, raw, contentHash, flags, removed, summaryOnly, order, duplicateOf);
  }

  public Article withDuplicateOf(String originalId) {
    return new Article(id, input, format, url, outlet, outletSource, title, titleDerived, place,
        published, language, body, raw, contentHash, flags, removed, summaryOnly, order,
        originalId);
  }
}
