package org.parallax.embed;

/** The shipped embedders. */
public final class Embedders {
  private static volatile Embedder shared;

  private Embedders() {}

  /**
   * The process-wide bge-small embedder, loaded on first use (about a second). Thread-safe.
   *
   * @throws IllegalStateException naming the missing jar when the model is not on the classpath
   */
  public static Embedder bgeSmall() {
    Embedder e = shared;
    if (e == null) {
      synchronized (Embedders.class) {
        e = shared;
        if (e == null) {
          e = OnnxBertEmbedder.load(OnnxBertEmbedder.BGE_SMALL_MODEL,
              OnnxBertEmbedder.BGE_SMALL_TOKENIZER, 256);
          shared = e;
        }
      }
    }
    return e;
  }
}
