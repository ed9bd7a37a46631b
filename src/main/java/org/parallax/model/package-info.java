/**
 * The immutable domain of Parallax: what flows between the stages.
 *
 * <p>{@link org.parallax.model.RawDocument} is what a reader found in one input (one file, or one
 * record of a multi-record file); {@link org.parallax.model.Article} is that document after
 * normalization; {@link org.parallax.model.Story} groups articles about one real-world event;
 * {@link org.parallax.model.Rejected} is an input that could not be used, with the reason.
 *
 * <p>Every reference is non-null unless its accessor documents {@code null}; lists are unmodifiable.
 */
package org.parallax.model;
