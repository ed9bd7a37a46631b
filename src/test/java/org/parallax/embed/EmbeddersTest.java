package org.parallax.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped models load from their Maven jars, offline, and embed meaningfully. */
class EmbeddersTest {
  private static final List<String> TEXTS = List.of(
      "Firefighters battled a warehouse blaze at the port on Tuesday.",
      "A fire destroyed a storage building in the harbour, with hundreds of firefighters on site.",
      "The central bank left interest rates unchanged at its monthly meeting.");

  private static void check(Embedder e) {
    float[][] v = e.embed(TEXTS);
    assertEquals(3, v.length);
    for (float[] x : v) {
      assertEquals(e.dimension(), x.length);
      assertEquals(1.0, Embedder.dot(x, x), 1e-4, "unit length");
    }
    float fires = Embedder.dot(v[0], v[1]);
    float unrelated = Embedder.dot(v[0], v[2]);
    assertTrue(fires > unrelated + 0.2, "fire/fire " + fires + " vs fire/bank " + unrelated);
  }

  @Test
  void miniLm() {
    assertEquals(384, Embedders.miniLm().dimension());
    check(Embedders.miniLm());
  }

  @Test
  void bgeSmall() {
    check(Embedders.bgeSmall());
  }

  @Test
  void aTextsVectorDoesNotDependOnTheOtherTextsOfTheCall() {
    // The int8 models quantize activations dynamically over the whole input tensor; batched, a
    // vector moved with its batch-mates (cosine 0.992 to itself), so each text runs alone.
    Embedder e = Embedders.miniLm();
    float[] alone = e.embed(List.of(TEXTS.get(1)))[0];
    float[] withOthers = e.embed(TEXTS)[1];
    assertEquals(1.0, Embedder.dot(alone, withOthers), 1e-6, "same text, same vector");
  }

  @Test
  void cosineRowsAgreeWithDotProducts() {
    java.util.Random r = new java.util.Random(7);
    float[][] v = new float[21][384];
    for (float[] x : v) {
      for (int k = 0; k < x.length; k++) {
        x[k] = (float) r.nextGaussian();
      }
      Embedder.normalize(x);
    }
    float[][] rows = Embedder.cosineRows(v, Embedder.columns(v), 5, 13);
    assertEquals(8, rows.length);
    for (int t = 5; t < 13; t++) {
      for (int u = 0; u < v.length; u++) {
        assertEquals(Embedder.dot(v[t], v[u]), rows[t - 5][u], 1e-5);
      }
    }
  }
}
