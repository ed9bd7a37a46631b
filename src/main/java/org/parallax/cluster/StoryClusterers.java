package org.parallax.cluster;

/** Factory for the shipped clusterers. */
public final class StoryClusterers {
  private StoryClusterers() {}

  /** The production clusterer: what {@code analyze} and {@code eval} use. */
  public static StoryClusterer standard() {
    return new EventClusterer(EventClusterers.DEFAULT, EventClusterers.embedder());
  }

  /**
   * The production clusterer embedding through {@code embedder}, which must wrap {@link
   * #embedder()} (a {@link org.parallax.embed.CachingEmbedder} that later stages share).
   */
  public static StoryClusterer standard(org.parallax.embed.Embedder embedder) {
    return new EventClusterer(EventClusterers.DEFAULT, embedder);
  }

  /** The sentence-embedding model the production clusterer uses. */
  public static org.parallax.embed.Embedder embedder() {
    return EventClusterers.embedder();
  }

  /**
   * The production clusterer embedding {@code segments} passages of {@code words} words per
   * article instead of the default, to measure what each choice costs and buys.
   */
  public static StoryClusterer withPassages(int segments, int words) {
    EventClusterer.Config c = EventClusterers.DEFAULT;
    return new EventClusterer(new EventClusterer.Config(c.text(), c.names(), c.embedding(),
        c.days(), c.years(), c.place(), c.calendar(), c.numbers(), c.topNames(), c.threshold(),
        c.windowDays(), c.farMargin(), c.undatedMargin(), c.mergeMargin(), c.refineMargin(),
        c.maxMembers(),
        c.minActive(), segments,
        words), EventClusterers.embedder());
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
