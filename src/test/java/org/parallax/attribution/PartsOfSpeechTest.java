package org.parallax.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.parallax.testing.Shared;

class PartsOfSpeechTest {
  @Test
  void tagsAFictionalSentence() {
    Tokenizer.Paragraph p = Tokenizer.paragraphs(
        "“The bridge will reopen,” the mayor of Eastbrook said on Tuesday.").get(0);
    byte[] tags = PartsOfSpeech.english().tag(p);
    List<String> words = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < p.size; i++) {
      words.add(p.word(i));
      names.add(PartsOfSpeech.english().name(tags[i]));
    }
    assertEquals("NOUN", names.get(words.indexOf("bridge")), names.toString());
    assertEquals("VERB", names.get(words.indexOf("said")), names.toString());
    assertEquals("PROPN", names.get(words.indexOf("Eastbrook")), names.toString());
    assertEquals("AUX", names.get(words.indexOf("will")), names.toString());
  }

  /**
   * The cached greedy decoder must tag as OpenNLP's own tagger (beam 3) does: it only reorders
   * the sums of the same model's weights, so any larger gap is a bug in the decomposition.
   */
  @Test
  void agreesWithOpenNlpsOwnTaggerOnRealNews() throws Exception {
    POSTaggerME reference;
    try (InputStream in = PartsOfSpeech.class.getResourceAsStream(
        "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      reference = new POSTaggerME(new POSModel(in));
    }
    ObjectMapper json = new ObjectMapper();
    int same = 0;
    int total = 0;
    try (BufferedReader r = Files.newBufferedReader(
        Shared.root().resolve("corpora/polnear/polnear_dev.jsonl"))) {
      String line;
      int articles = 0;
      while ((line = r.readLine()) != null && articles++ < 40) {
        JsonNode a = json.readTree(line);
        String text = a.path("text").asText();
        for (Tokenizer.Paragraph p : Tokenizer.paragraphs(text)) {
          byte[] ours = PartsOfSpeech.english().tag(p);
          int s = 0;
          while (s < p.size) {
            int e = s;
            while (e + 1 < p.size && p.sentence[e + 1] == p.sentence[s]) {
              e++;
            }
            String[] tokens = new String[e - s + 1];
            for (int i = s; i <= e; i++) {
              tokens[i - s] = PartsOfSpeech.normalize(p.word(i));
            }
            String[] theirs = reference.tag(tokens);
            for (int i = s; i <= e; i++) {
              total++;
              if (theirs[i - s].equals(PartsOfSpeech.english().name(ours[i]))) {
                same++;
              }
            }
            s = e + 1;
          }
        }
      }
    }
    assertTrue(total > 10_000, "tokens " + total);
    double agreement = same / (double) total;
    assertTrue(agreement >= 0.99, "agreement " + agreement + " over " + total + " tokens");
  }
}
