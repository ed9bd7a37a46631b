/**
 * Attribution: who said what. {@link org.parallax.attribution.WhoSaidWhat#of(String)} gives an
 * article's quotes (speaker, cue, content, direct or indirect) and its entities. Underneath,
 * {@link org.parallax.attribution.Attributions} tags each paragraph's tokens as source, cue or
 * content with perceptrons trained on PolNeAR (hand-written rules, word classes and a dependency
 * parse among their features) joined by a bge-small encoder fine-tuned on the same corpus,
 * groups the spans around their cues, and the
 * speaker of each is resolved through names, titles, role descriptions and pronouns.
 */
package org.parallax.attribution;
