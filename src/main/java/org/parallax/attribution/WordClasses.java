package org.parallax.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parallax.embed.Embedder;
import org.parallax.embed.Embedders;

/**
 * Word classes for the attribution tagger: the whole-word entries of the MiniLM vocabulary,
 * each embedded on its own by the ONNX sentence encoder and grouped by k-means. Words of one
 * class behave alike ("slammed" near "criticized"), so a cue verb the training corpus never
 * labelled still looks like one. Built once by {@code ./parallax train word-classes}; at run
 * time only the table is read.
 */
public final class WordClasses {
  static final String RESOURCE = "word-classes.tsv.gz";
  static final int FINE = 320;
  static final int COARSE = 40;
  private static volatile Map<String, int[]> shared;

  private WordClasses() {}

  /** The classes of {@code lowerWord} (fine, coarse), or null when it is not in the table. */
  public static int[] of(String lowerWord) {
    return table().get(lowerWord);
  }

  static Map<String, int[]> table() {
    Map<String, int[]> t = shared;
    if (t == null) {
      synchronized (WordClasses.class) {
        if (shared == null) {
          shared = load();
        }
        t = shared;
      }
    }
    return t;
  }

  private static Map<String, int[]> load() {
    Map<String, int[]> out = new HashMap<>();
    try (InputStream in = WordClasses.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return out; // before the first `train word-classes`: the tagger works without them
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
          StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        out.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }

  /** Embeds the vocabulary and writes the table; deterministic for the seed. */
  static String build(Path out, long seed) throws IOException {
    List<String> words = vocabulary();
    Embedder embedder = Embedders.miniLm();
    float[][] vectors = new float[words.size()][];
    for (int i = 0; i < words.size(); i += 256) {
      List<String> batch = words.subList(i, Math.min(words.size(), i + 256));
      float[][] v = embedder.embed(batch);
      for (int k = 0; k < v.length; k++) {
        vectors[i + k] = Embedder.normalize(v[k]);
      }
    }
    int[] fine = kMeans(vectors, FINE, seed, 25);
    int[] coarse = kMeans(vectors, COARSE, seed + 1, 25);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
        Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      for (int i = 0; i < words.size(); i++) {
        w.write(words.get(i) + "\t" + fine[i] + "\t" + coarse[i] + "\n");
      }
    }
    return "word classes: words=" + words.size() + " fine=" + FINE + " coarse=" + COARSE
        + " -> " + out + " (" + Files.size(out) + " bytes)";
  }

  /** Whole, alphabetic, lower-case entries of the MiniLM WordPiece vocabulary. */
  static List<String> vocabulary() throws IOException {
    try (InputStream in = Embedders.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
      if (in == null) {
        throw new IOException("MiniLM tokenizer not on the class path");
      }
      JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
      List<String> out = new ArrayList<>();
      for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
        String w = it.next();
        if (w.length() >= 2 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          out.add(w);
        }
      }
      out.sort(null);
      return out;
    }
  }

  /** Spherical k-means (vectors are unit length) with k-means++ seeding. */
  static int[] kMeans(float[][] x, int k, long seed, int iterations) {
    int n = x.length;
    int d = x[0].length;
    Random random = new Random(seed);
    float[][] c = new float[k][];
    c[0] = x[random.nextInt(n)].clone();
    double[] best = new double[n];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    for (int j = 1; j < k; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        best[i] = Math.min(best[i], 1 - dot(x[i], c[j - 1]));
        sum += best[i];
      }
      double r = random.nextDouble() * sum;
      int pick = 0;
      for (double acc = 0; pick < n - 1; pick++) {
        acc += best[pick];
        if (acc >= r) {
          break;
        }
      }
      c[j] = x[pick].clone();
    }
    int[] assign = new int[n];
    for (int it = 0; it < iterations; it++) {
      java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
        int arg = 0;
        float top = -2;
        for (int j = 0; j < k; j++) {
          float s = dot(x[i], c[j]);
          if (s > top) {
            top = s;
            arg = j;
          }
        }
        assign[i] = arg;
      });
      float[][] sums = new float[k][d];
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < d; t++) {
          sums[assign[i]][t] += x[i][t];
        }
      }
      for (int j = 0; j < k; j++) {
        double norm = 0;
        for (float v : sums[j]) {
          norm += v * v;
        }
        if (norm > 0) {
          float inv = (float) (1 / Math.sqrt(norm));
          for (int t = 0; t < d; t++) {
            sums[j][t] *= inv;
          }
          c[j] = sums[j];
        }
      }
    }
    return assign;
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
