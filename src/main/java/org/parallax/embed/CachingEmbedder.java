package org.parallax.embed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedder that remembers the vectors it computes, so that a later stage asking for the same
 * sentence gets it without a second forward pass: clustering embeds each article's lead sentences,
 * and the statement comparison of the article's story reuses them.
 *
 * <p>Only this embedder stores; {@link #reusing()} is a view for later stages that reads what is
 * stored and computes the rest without keeping it, so memory grows with what clustering embeds
 * (a few sentences an article), not with every sentence compared. Returned vectors are shared:
 * callers must not modify them.
 */
public final class CachingEmbedder implements Embedder {
  private final Embedder delegate;
  private final Map<String, float[]> stored = new ConcurrentHashMap<>();
  private final AtomicLong reused = new AtomicLong();

  private CachingEmbedder(Embedder delegate) {
    this.delegate = delegate;
  }

  public static CachingEmbedder over(Embedder delegate) {
    return new CachingEmbedder(java.util.Objects.requireNonNull(delegate));
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public float[][] embed(List<String> texts) {
    return embed(texts, true);
  }

  /** A view that reuses the stored vectors and does not store the ones it computes. */
  public Embedder reusing() {
    return new Embedder() {
      @Override
      public int dimension() {
        return delegate.dimension();
      }

      @Override
      public float[][] embed(List<String> texts) {
        return CachingEmbedder.this.embed(texts, false);
      }
    };
  }

  /** How many texts were answered from the store since the last {@link #clear()}. */
  public long reused() {
    return reused.get();
  }

  /** Forgets every stored vector (the end of a batch). */
  public void clear() {
    stored.clear();
    reused.set(0);
  }

  private float[][] embed(List<String> texts, boolean store) {
    float[][] out = new float[texts.size()][];
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    for (int i = 0; i < out.length; i++) {
      out[i] = stored.get(texts.get(i));
      if (out[i] == null) {
        missing.add(texts.get(i));
      } else {
        reused.incrementAndGet();
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    List<String> todo = new ArrayList<>(missing);
    float[][] computed = delegate.embed(todo);
    Map<String, float[]> fresh = new java.util.HashMap<>();
    for (int k = 0; k < todo.size(); k++) {
      fresh.put(todo.get(k), computed[k]);
      if (store) {
        stored.put(todo.get(k), computed[k]);
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = fresh.get(texts.get(i));
      }
    }
    return out;
  }
}
