package org.parallax.cluster;

/** The production configuration of {@link EventClusterer}. */
final class EventClusterers {
  /**
   * Chosen with {@code parallax eval tune-clustering} on ECB+ train, GVC dev and NP4E (see
   * BENCHMARKS.md); one configuration for every corpus.
   */
  static final EventClusterer.Config DEFAULT = new EventClusterer.Config(
      1.0, 1.5, 2.0, 0.0, 0.4, 0.0, 0.4, 0.25, 0.25, 1.95, 10, 0.3, 0.5, 24, 512, 3, 60);

  private EventClusterers() {}
}
