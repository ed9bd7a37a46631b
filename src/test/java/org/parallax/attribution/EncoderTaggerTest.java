package org.parallax.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** Word pieces 1000, 1001, … for a paragraph of {@code pieces}, a token every third piece. */
  private static long[] pieces(int pieces, int offset) {
    long[] ids = new long[pieces];
    for (int i = 0; i < pieces; i++) {
      ids[i] = 1000 + offset + i;
    }
    return ids;
  }

  private static int[] everyThird(int pieces) {
    int[] first = new int[(pieces + 2) / 3];
    for (int i = 0; i < first.length; i++) {
      first[i] = 3 * i;
    }
    return first;
  }

  /**
   * However the runs are cut, every token of every paragraph is read exactly once, in order, at
   * its own first piece, and no run outgrows the model's window.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyTokenIsReadOnceAtItsFirstPiece(boolean packed) {
    int[] sizes = {100, 100, 60, 300, 0, 10, 254};
    long[][] ids = new long[sizes.length][];
    int[][] first = new int[sizes.length][];
    int offset = 0;
    for (int q = 0; q < sizes.length; q++) {
      if (sizes[q] > 0) { // an empty paragraph has no pieces and nothing to read
        ids[q] = pieces(sizes[q], offset);
        first[q] = everyThird(sizes[q]);
        offset += sizes[q];
      }
    }
    List<EncoderTagger.Window> runs = EncoderTagger.windows(ids, first, packed);
    int q = 0;
    int i = 0;
    for (EncoderTagger.Window w : runs) {
      assertTrue(w.input().length <= EncoderTagger.WINDOW + 2, "run of " + w.input().length);
      assertEquals(101, w.input()[0]);
      assertEquals(102, w.input()[w.input().length - 1]);
      for (int k = 0; k < w.token().length; k++) {
        while (ids[q] == null || i == first[q].length) {
          q++;
          i = 0;
        }
        assertEquals(q, w.paragraph()[k]);
        assertEquals(i, w.token()[k]);
        assertEquals(ids[q][first[q][i]], w.input()[w.position()[k]]);
        i++;
      }
    }
    assertEquals(sizes.length - 1, q, "the last paragraph was read");
    assertEquals(first[q].length, i, "to its last token");
    if (packed) {
      // 100 + 100 share a run, 60 does not fit beside them, 300 is cut alone, 10 opens a run that
      // the full-window 254 cannot join.
      assertEquals(List.of(203, 62, 256, 47, 12, 256),
          runs.stream().map(w -> w.input().length).toList());
      assertEquals(102, runs.get(0).input()[101], "paragraphs in a run are joined by [SEP]");
    } else {
      assertEquals(List.of(102, 102, 62, 256, 47, 12, 256),
          runs.stream().map(w -> w.input().length).toList());
    }
  }

  /**
   * The training runs are the runs read at run time: each line holds a run's pieces, the
   * position of each token's first piece and its gold label, and packing joins an article's
   * paragraphs without losing or adding a token.
   */
  @Test
  void trainingRunsCarryEveryTokensGoldLabel(
      @TempDir Path dir) throws IOException {
    String text = "The Lakeport council met on Tuesday.\n\n\u201cWe will reopen the bridge,\u201d"
        + " said Mara Lindqvist.\n\nThe vote was close.";
    int said = text.indexOf("said");
    int mara = text.indexOf("Mara");
    int open = text.indexOf("We will");
    ObjectMapper json =
        new ObjectMapper();
    String corpus = json.writeValueAsString(Map.of("text", text, "attributions", List.of(Map.of(
        "source", Map.of("spans", List.of(List.of(mara, mara + "Mara Lindqvist".length()))),
        "cue", Map.of("spans", List.of(List.of(said, said + 4))),
        "content", Map.of("spans", List.of(List.of(open, open + "We will reopen".length())))))))
        + "\n";
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, corpus);
    Map<Boolean, List<Integer>> labels = new HashMap<>();
    for (boolean packed : new boolean[] {false, true}) {
      Path out = dir.resolve("runs-" + packed + ".jsonl");
      int runs = EncoderTagger.writeTrainingPieces(file, out, packed);
      assertEquals(packed ? 1 : 3, runs);
      List<Integer> all = new ArrayList<>();
      for (String line : Files.readAllLines(out)) {
        JsonNode run = json.readTree(line);
        assertEquals(run.get("positions").size(), run.get("labels").size());
        run.get("positions").forEach(p -> assertTrue(p.asInt() > 0
            && p.asInt() < run.get("ids").size() - 1));
        run.get("labels").forEach(l -> all.add(l.asInt()));
      }
      labels.put(packed, all);
    }
    assertEquals(labels.get(false), labels.get(true));
    assertEquals(1, labels.get(true).stream().filter(l -> SequenceModel.LABELS[l].equals("B-CUE"))
        .count(), labels.get(true).toString());
  }
}
