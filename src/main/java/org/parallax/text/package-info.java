/**
 * Text: turns a {@link org.parallax.model.RawDocument} into a clean
 * {@link org.parallax.model.Article}.
 *
 * <p>{@link org.parallax.text.Normalizer} is the entry point and runs small one-job steps in a
 * fixed order: paragraphs, headline (repeated headline removed, or one derived from the lead),
 * dateline (place, date, agency tag; stripped from the body), trailing widget and boilerplate
 * removal, publication date (metadata, else dateline with the year inferred from evidence, else
 * text; never invented), machine-translation artifacts (flagged, never rewritten), language and
 * content hash. Each step is a package-private class testable on its own; the raw text always
 * stays available on the article.
 */
package org.parallax.text;
