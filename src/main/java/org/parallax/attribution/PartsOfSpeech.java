package org.parallax.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies part-of-speech tags from Apache OpenNLP's English model
 * ({@code opennlp-models-pos-en}, trained on UD English EWT), decoded greedily.
 *
 * <p>Why not {@code POSTaggerME}: it builds ~17 feature strings per token and looks each up in a
 * hash map, which cost a third of the attribution stage. The model is a maximum-entropy model
 * whose feature templates split cleanly into the token itself (prefixes, suffixes, shape), its
 * four neighbours (one word each), the sentence start, and the two previous tags; a tag's score is
 * the sum of those parts. So the parts are summed once per distinct word and cached, and tagging a
 * token costs five cache lookups and a few vector additions. Greedy decoding agrees with the
 * model's own beam of 3 on almost every token (see the test); the tags are features, not output.
 */
final class PartsOfSpeech {
  private static final String RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Caches stop growing here; a long batch's rare words are recomputed instead of hoarded. */
  private static final int CACHE_LIMIT = 60_000;
  private static volatile PartsOfSpeech english;

  private final Map<String, Context> parameters;
  private final String[] tags;
  private final int k;
  private final POSContextGenerator generator;
  private final float[] begin0;
  private final float[] begin1;
  private final float[] begin2;
  /** [previous tag] for t=; [previous-but-one tag][previous tag] for t2=. */
  private final float[][] previous;
  private final float[][][] previous2;
  private final float[] zero;
  private final Map<String, float[]> own = new ConcurrentHashMap<>();
  /** Per lower-case word, its contribution as the token 2 and 1 before and 1 and 2 after. */
  private final Map<String, float[][]> around = new ConcurrentHashMap<>();

  private PartsOfSpeech(POSModel model) {
    AbstractModel m = (AbstractModel) model.getArtifact("pos.model");
    Object[] data = m.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.parameters = new HashMap<>(pmap);
    this.tags = ((String[]) data[2]).clone();
    this.k = tags.length;
    this.generator = model.getFactory().getPOSContextGenerator();
    this.zero = new float[k];
    this.begin0 = vector("S=begin");
    this.begin1 = vector("p1S=begin");
    this.begin2 = vector("p2S=begin");
    this.previous = new float[k][];
    this.previous2 = new float[k][k][];
    for (int a = 0; a < k; a++) {
      previous[a] = vector("t=" + tags[a]);
      for (int b = 0; b < k; b++) {
        previous2[a][b] = vector("t2=" + tags[a] + "," + tags[b]);
      }
    }
  }

  /** The shared tagger, loaded on first use (about a second). */
  static PartsOfSpeech english() {
    PartsOfSpeech p = english;
    if (p == null) {
      synchronized (PartsOfSpeech.class) {
        p = english;
        if (p == null) {
          try (InputStream in = PartsOfSpeech.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("part-of-speech model missing from the classpath: "
                  + RESOURCE + " (artifact org.apache.opennlp:opennlp-models-pos-en)");
            }
            p = new PartsOfSpeech(new POSModel(in));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          english = p;
        }
      }
    }
    return p;
  }

  /** Whether the tokens of {@code span}, tagged in their sentence, hold a verb or auxiliary. */
  static boolean hasVerb(List<Tokenizer.Paragraph> paragraphs, Span span) {
    PartsOfSpeech tagger = english();
    for (Tokenizer.Paragraph p : paragraphs) {
      if (p.size == 0 || p.end[p.size - 1] <= span.start() || p.start[0] >= span.end()) {
        continue;
      }
      byte[] tags = tagger.tag(p);
      for (int i = 0; i < p.size; i++) {
        if (p.start[i] < span.end() && p.end[i] > span.start()) {
          String name = tagger.name(tags[i]);
          if (name.startsWith("VERB") || name.startsWith("AUX") || name.contains("+VERB")
              || name.contains("+AUX")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  String name(int tag) {
    return tags[tag];
  }

  int size() {
    return k;
  }

  /**
   * One tag index per token of the paragraph, each sentence tagged on its own; kept on the
   * paragraph, which the tagger's features and the name finder both read.
   */
  byte[] tag(Tokenizer.Paragraph p) {
    if (p.tags == null) {
      p.tags = tagAll(p);
    }
    return p.tags;
  }

  private byte[] tagAll(Tokenizer.Paragraph p) {
    int n = p.size;
    byte[] out = new byte[n];
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = normalize(p.word(i));
    }
    float[] score = new float[k];
    int s = 0;
    while (s < n) {
      int e = s;
      while (e + 1 < n && p.sentence[e + 1] == p.sentence[s]) {
        e++;
      }
      float[][][] ctx = new float[e - s + 1][][];
      for (int i = s; i <= e; i++) {
        ctx[i - s] = around(words[i]);
      }
      for (int i = s; i <= e; i++) {
        int j = i - s;
        System.arraycopy(own(words[i]), 0, score, 0, k);
        if (j >= 2) {
          add(score, ctx[j - 2][0]);
        }
        if (j >= 1) {
          add(score, ctx[j - 1][1]);
        }
        if (i + 1 <= e) {
          add(score, ctx[j + 1][2]);
        }
        if (i + 2 <= e) {
          add(score, ctx[j + 2][3]);
        }
        if (j == 0) {
          add(score, begin0);
        } else if (j == 1) {
          add(score, begin1);
        } else if (j == 2) {
          add(score, begin2);
        }
        if (j >= 1) {
          add(score, previous[out[i - 1]]);
        }
        if (j >= 2) {
          add(score, previous2[out[i - 2]][out[i - 1]]);
        }
        int best = 0;
        for (int t = 1; t < k; t++) {
          if (score[t] > score[best]) {
            best = t;
          }
        }
        out[i] = (byte) best;
      }
      s = e + 1;
    }
    return out;
  }

  /** UD EWT writes straight quotation marks and apostrophes; news often curls them. */
  static String normalize(String w) {
    if (w.length() == 1) {
      char c = w.charAt(0);
      if (c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
        return "\"";
      }
      if (c == '‘' || c == '’') {
        return "'";
      }
      return w;
    }
    return w.indexOf('’') >= 0 ? w.replace('’', '\'') : w;
  }

  private static void add(float[] score, float[] v) {
    for (int t = 0; t < score.length; t++) {
      score[t] += v[t];
    }
  }

  private float[] own(String word) {
    float[] v = own.get(word);
    if (v == null) {
      String[] features;
      // The generator is not thread-safe; this runs once per distinct word.
      synchronized (generator) {
        features = generator.getContext(0, new String[] {word}, new String[1], null);
      }
      v = new float[k];
      for (String f : features) {
        if (!f.equals("S=begin")) {
          add(v, vector(f));
        }
      }
      remember(own, word, v);
    }
    return v;
  }

  private float[][] around(String word) {
    float[][] v = around.get(word);
    if (v == null) {
      String w = "w=" + word.toLowerCase(Locale.ROOT);
      v = new float[][] {vector("p2" + w), vector("p1" + w), vector("n1" + w), vector("n2" + w)};
      remember(around, word, v);
    }
    return v;
  }

  private static <V> void remember(Map<String, V> cache, String key, V value) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, value);
  }

  private float[] vector(String feature) {
    Context c = parameters.get(feature);
    if (c == null) {
      return zero;
    }
    float[] v = new float[k];
    int[] outcomes = c.getOutcomes();
    double[] weights = c.getParameters();
    for (int i = 0; i < outcomes.length; i++) {
      v[outcomes[i]] = (float) weights[i];
    }
    return v;
  }
}
