package org.parallax.cluster;

/** Factory for the shipped clusterers. */
public final class StoryClusterers {
  private StoryClusterers() {}

  /** The production clusterer: what {@code analyze} and {@code eval} use. */
  public static StoryClusterer standard() {
    return new EventClusterer(EventClusterers.DEFAULT, org.parallax.embed.Embedders.bgeSmall());
  }

  /** The production clusterer without sentence embeddings (lexical and name signals only). */
  public static StoryClusterer withoutEmbeddings() {
    return new EventClusterer(EventClusterers.DEFAULT, null);
  }

  /**
   * Online TF-IDF clusterer: articles in publication order join the story with the highest
   * average cosine similarity within a date window, or found a new one.
   */
  public static StoryClusterer tfidf() {
    return new TfidfClusterer(TfidfClusterer.DEFAULT_THRESHOLD, TfidfClusterer.DEFAULT_WINDOW_DAYS);
  }

  public static StoryClusterer tfidf(double threshold, int windowDays) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays must be >= 0, got " + windowDays);
    }
    return new TfidfClusterer(threshold, windowDays);
  }
}
