/**
 * Attribution: who said what. {@link org.parallax.attribution.Attributions} finds direct quotes
 * and reported speech in a text, each as source, cue and content spans. This first version is
 * rule-based (cue lexicon, quotation marks, clause boundaries); speaker resolution to canonical
 * people comes later.
 */
package org.parallax.attribution;
