package org.parallax.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {
  /** Records what reaches the model; the vector encodes the text's length. */
  private static final class Recording implements Embedder {
    final List<List<String>> calls = new ArrayList<>();

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[][] embed(List<String> texts) {
      calls.add(List.copyOf(texts));
      float[][] out = new float[texts.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = new float[] {texts.get(i).length(), 1};
      }
      return out;
    }
  }

  @Test
  void aLaterStageGetsStoredSentencesWithoutASecondPass() {
    Recording model = new Recording();
    CachingEmbedder cache = CachingEmbedder.over(model);
    float[][] first = cache.embed(List.of("The ferry left at dawn.", "Two crew were hurt."));
    float[][] later = cache.reusing().embed(
        List.of("Two crew were hurt.", "The port reopened.", "The ferry left at dawn."));
    assertEquals(List.of(List.of("The ferry left at dawn.", "Two crew were hurt."),
        List.of("The port reopened.")), model.calls);
    assertSame(first[1], later[0]);
    assertSame(first[0], later[2]);
    assertArrayEquals(new float[] {18, 1}, later[1]);
    assertEquals(2, cache.reused());
  }

  @Test
  void theReusingViewDoesNotStoreAndClearForgets() {
    Recording model = new Recording();
    CachingEmbedder cache = CachingEmbedder.over(model);
    cache.reusing().embed(List.of("Only compared once."));
    cache.reusing().embed(List.of("Only compared once."));
    assertEquals(2, model.calls.size());
    cache.embed(List.of("Lead sentence here.", "Lead sentence here."));
    assertEquals(List.of("Lead sentence here."), model.calls.get(2));
    cache.clear();
    cache.reusing().embed(List.of("Lead sentence here."));
    assertEquals(4, model.calls.size());
    assertEquals(0, cache.reused());
  }
}
