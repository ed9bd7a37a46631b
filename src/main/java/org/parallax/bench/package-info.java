/**
 * Bench: generated, realistic articles for throughput and memory measurements. Numbers are
 * measured here and reported in BENCHMARKS.md, never asserted in unit tests.
 */
package org.parallax.bench;
