package org.parallax.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EncoderTaggerTest {
  private static byte[] baseModel() throws IOException {
    return EncoderTagger.Base.BGE_SMALL.bytes();
  }

  /** Every shipped adaptation's base is on the class path and has the shape its layout needs. */
  @ParameterizedTest
  @EnumSource(EncoderTagger.Base.class)
  void theModelsWeightsAreFoundWhereTheProtobufKeepsThem(EncoderTagger.Base base)
      throws IOException {
    byte[] model = base.bytes();
    Map<String, OnnxWeights.Tensor> tensors = OnnxWeights.of(model);
    assertEquals(30522 * 384, tensors.get("embeddings.word_embeddings.weight").count());
    assertEquals(1536, tensors.get("encoder.layer.11.intermediate.dense.bias").count());
    long matrices = tensors.keySet().stream().filter(n -> n.startsWith("onnx::MatMul_")).count();
    assertEquals(72, matrices, "six matrices in each of twelve layers");
    // A layer norm's gain starts near one in a trained model; garbage offsets would not read so.
    float[] gain = OnnxWeights.read(model, tensors.get("embeddings.LayerNorm.weight"));
    double mean = 0;
    for (float g : gain) {
      mean += g / gain.length;
    }
    assertTrue(mean > 0.3 && mean < 3, "layer-norm gain mean " + mean);
    float[] changed = gain.clone();
    changed[0] += 1;
    OnnxWeights.write(model, tensors.get("embeddings.LayerNorm.weight"), changed);
    assertArrayEquals(changed, OnnxWeights.read(model, tensors.get("embeddings.LayerNorm.weight")));
  }

  /**
   * One tokenizer cuts the word pieces for every base, which is right only while their
   * vocabularies are the same list: a piece's number must name the same piece in each model.
   */
  @Test
  void theBasesShareOneVocabulary() throws IOException {
    Map<String, Integer> bge = vocabulary(EncoderTagger.BASE_TOKENIZER);
    assertEquals(30522, bge.size());
    for (EncoderTagger.Base base : EncoderTagger.Base.values()) {
      // Each jar carries its model's tokenizer beside the model, named after it.
      String other = base.resource.replace(".onnx", "-tokenizer.json");
      assertEquals(bge, vocabulary(other), other);
    }
  }

  private static Map<String, Integer> vocabulary(String resource) throws IOException {
    try (InputStream in = EncoderTagger.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      var vocab = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("model")
          .path("vocab");
      Map<String, Integer> out = new java.util.HashMap<>();
      vocab.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
      return out;
    }
  }

  @Test
  void anAdaptationAddsItsLowRankProductAndReplacesVectors() throws IOException {
    byte[] model = baseModel();
    Map<String, OnnxWeights.Tensor> tensors = OnnxWeights.of(model);
    OnnxWeights.Tensor query = tensors.get("onnx::MatMul_1525");
    float[] before = OnnxWeights.read(model, query);
    ByteBuffer b = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    b.put("PXE2".getBytes(StandardCharsets.US_ASCII)).putFloat(2f).putInt(2);
    byte[] name = "onnx::MatMul_1525".getBytes(StandardCharsets.UTF_8);
    b.put((byte) 0).putShort((short) name.length).put(name).putInt(384).putInt(2).putInt(384);
    for (int i = 0; i < 384; i++) {
      b.putFloat(0.01f); // A's row scales
    }
    for (int i = 0; i < 384 * 2; i++) {
      b.put((byte) 50);
    }
    b.putFloat(0.01f).putFloat(0.01f); // B's row scales: B is zero but for one value
    for (int i = 0; i < 2 * 384; i++) {
      b.put((byte) (i == 384 + 5 ? 100 : 0));
    }
    byte[] bias = "embeddings.LayerNorm.bias".getBytes(StandardCharsets.UTF_8);
    b.put((byte) 1).putShort((short) bias.length).put(bias).putInt(384);
    for (int i = 0; i < 384; i++) {
      b.putShort(Float.floatToFloat16(0.5f));
    }
    b.putInt(7).putInt(384);
    for (int i = 0; i < 7 * 384 + 7; i++) {
      b.putShort(Float.floatToFloat16(0.25f));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(b.array(), 0, b.position());
    float[][][] head = new float[1][][];
    float[][] headBias = new float[1][];
    EncoderTagger.adapt(model, bytes.toByteArray(), head, headBias);
    float[] after = OnnxWeights.read(model, query);
    // Only column 5 moved, by scale x A x B = 2 x 0.5 x 1 in every row.
    for (int i = 0; i < 384; i++) {
      for (int j = 0; j < 384; j++) {
        float expected = before[i * 384 + j] + (j == 5 ? 1f : 0f);
        assertEquals(expected, after[i * 384 + j], 1e-5f, "row " + i + " column " + j);
      }
    }
    float[] lnBias = OnnxWeights.read(model, tensors.get("embeddings.LayerNorm.bias"));
    assertEquals(0.5f, lnBias[100]);
    assertEquals(7, head[0].length);
    assertEquals(0.25f, headBias[0][6]);
  }

  /**
   * The shipped adaptation reads a plain attribution on its own: the verb is the cue, the name
   * after it the source, the quoted words the content. Untuned, bge-small's label layer would be
   * noise; this fails if the adaptation is not applied.
   */
  @Test
  void theShippedEncoderReadsWhoSaidWhat() {
    EncoderTagger encoder = EncoderTagger.shipped();
    assertNotNull(encoder, "the adaptation ships with the fp32 bge-small jar on the class path");
    String text = "“The ferry will run again on Friday,” said Mara Lindqvist, a spokeswoman for"
        + " the harbour authority.";
    Tokenizer.Paragraph p = Tokenizer.paragraphs(text).get(0);
    float[][] scores = encoder.scores(p);
    assertEquals(p.size, scores.length);
    StringBuilder read = new StringBuilder();
    for (int i = 0; i < p.size; i++) {
      int best = 0;
      for (int l = 1; l < scores[i].length; l++) {
        best = scores[i][l] > scores[i][best] ? l : best;
      }
      read.append(p.word(i)).append('/').append(SequenceModel.LABELS[best]).append(' ');
    }
    String labels = read.toString();
    assertTrue(labels.contains("said/B-CUE"), labels);
    assertTrue(labels.contains("Mara/B-SRC Lindqvist/I-SRC"), labels);
    assertTrue(labels.contains("ferry/I-CON"), labels);
  }

  @Test
  void withTheEncoderOnAnAttributionIsStillFoundWhole() {
    String t = "The harbour authority said on Monday that the ferry would run again on Friday.";
    Attribution a = Attributions.find(t).get(0);
    assertEquals("The harbour authority", a.source().of(t));
    assertEquals("said", a.cue().of(t).substring(0, 4));
    assertTrue(WhoSaidWhat.contentText(t, a).contains("the ferry would run again"),
        WhoSaidWhat.contentText(t, a));
  }
}
