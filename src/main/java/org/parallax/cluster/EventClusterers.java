package org.parallax.cluster;

/** The production configuration of {@link EventClusterer}. */
final class EventClusterers {
  /**
   * Chosen with {@code parallax eval tune-clustering} on ECB+ train, GVC dev and NP4E (see
   * BENCHMARKS.md); one configuration for every corpus.
   */
  static final EventClusterer.Config DEFAULT = new EventClusterer.Config(
      1.0, 1.75, 1.25, 0.0, 0.4, 0.0, 0.4, 0.4, 0.5, 1.2, 10, 0.3, 1.0, 0.1, 0.4, 24, 64, 2, 40);

  /** The sentence-embedding model the clusterer uses. */
  static org.parallax.embed.Embedder embedder() {
    return org.parallax.embed.Embedders.miniLm();
  }

  private EventClusterers() {}
}
