package org.parallax.compare;

/**
 * One statement unit of an article: a sentence of a quote (with its speaker) or a factual
 * sentence of the body (a claim), with its place in the article body.
 *
 * @param speaker the quote's canonical speaker; null for a claim or an unattributed quote
 * @param quote true for a quote's sentence, false for a claim
 * @param position the unit's index among the article's units
 */
public record Unit(String article, int position, String text, int start, int end, boolean quote,
    String speaker) {}
