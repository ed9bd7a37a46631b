package org.parallax.model;

/**
 * Something normalization noticed and deliberately did not rewrite, such as a machine-translation
 * artifact. The body keeps the original wording; the flag says where and what it probably means.
 *
 * @param kind a short machine-readable kind, e.g. {@code mt-artifact}
 * @param text the surface text as it appears in the body
 * @param offset character offset into {@link Article#body()}
 * @param note what it probably is, for a person
 */
public record Flag(String kind, String text, int offset, String note) {}
