/**
 * Eval: runs the production stages over labeled corpora and scores them. Figures are printed last
 * on one line as {@code key=value} pairs, as the brief's contract requires.
 */
package org.parallax.eval;
