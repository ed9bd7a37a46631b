package org.parallax.cluster;

import java.util.List;
import org.parallax.embed.Embedder;
import org.parallax.embed.Embedders;
import org.parallax.model.Article;
import org.parallax.model.Membership;

/**
 * Incremental story assignment for streams: feed articles in publication order and each gets its
 * story at once. Story ids depend only on the founding article, so a rerun over the same stream
 * gives the same ids. Memory is bounded by the working set (stories active within the window),
 * not by the number of articles seen. Not thread-safe: one stream, one instance.
 */
public final class OnlineStories {
  /** The story an article joined (or founded), and why. */
  public record Assignment(String storyId, Membership membership) {}

  private final EventClusterer clusterer;
  private final Featurizer featurizer = new Featurizer();
  private final Engine engine;

  private OnlineStories(EventClusterer clusterer) {
    this.clusterer = clusterer;
    this.engine = new Engine(clusterer.config(), featurizer, null, true);
  }

  /** The production configuration, with sentence embeddings. */
  public static OnlineStories create() {
    return new OnlineStories(new EventClusterer(EventClusterers.DEFAULT, EventClusterers.embedder()));
  }

  /** The production configuration with another embedder, or none ({@code null}). */
  public static OnlineStories create(Embedder embedder) {
    return new OnlineStories(new EventClusterer(EventClusterers.DEFAULT, embedder));
  }

  /**
   * Pooled embeddings of a batch of articles, computed in one batched call; pass each to
   * {@link #add}. Returns {@code null} when embeddings are off.
   */
  public float[][] embed(List<Article> articles) {
    return clusterer.embedForTuning(articles);
  }

  /** Assigns the next article; {@code embedding} is its entry from {@link #embed}, or null. */
  public Assignment add(Article article, float[] embedding) {
    Engine.Assignment a = engine.assign(featurizer.add(article, embedding));
    return new Assignment(a.storyId(), a.membership());
  }

  /** Stories currently compared against new articles. */
  public int workingSet() {
    return engine.workingSet();
  }
}
