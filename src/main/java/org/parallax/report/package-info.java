/**
 * Report: writes an {@link org.parallax.pipeline.Analysis.Result} as {@code report.json} (the
 * contract in the brief) and as static HTML pages that work offline. {@link
 * org.parallax.report.Reports} is the entry point. All article text is untrusted and escaped.
 */
package org.parallax.report;
