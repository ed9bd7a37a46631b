/**
 * Comparing the outlets of one story. {@link org.parallax.compare.StoryComparison} cuts each
 * report into statement units, links the units that say the same thing into statements (scored
 * by {@link org.parallax.compare.ParaphraseScorer}, trained on MSRP) and works out each
 * outlet's coverage: what only it reports, what it omits, where its numbers disagree.
 * {@link org.parallax.compare.Paraphrases} trains and measures the scorer on MSRP-format files.
 */
package org.parallax.compare;
