package org.parallax.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceModelTest {
  @Test
  void thePackedLookupDecodesAsTheIndexAndWeightsDo() {
    String text = "“We will reopen the bridge by Friday,” the Harlow county engineer, Mira Tobin,"
        + " said on Tuesday. Officials at the ferry company said crossings would resume once the"
        + " river fell, and warned that delays could last a week. Residents, however, told the"
        + " Harlow Courier they had heard nothing.";
    SequenceModel model = Attributions.model();
    List<Attribution> rules = AttributionRules.find(text);
    int labelled = 0;
    for (Tokenizer.Paragraph p : Tokenizer.paragraphs(text)) {
      List<long[]> features = Features.of(p, model.lexicon, Attributions.ruleLabels(p, rules),
          model.syntax);
      int[][] ids = new int[features.size()][];
      for (int i = 0; i < ids.length; i++) {
        List<Integer> known = new ArrayList<>();
        for (long f : features.get(i)) {
          int id = model.index.get(f);
          if (id >= 0) {
            known.add(id);
          }
        }
        ids[i] = known.stream().mapToInt(Integer::intValue).toArray();
      }
      int[] expected = SequenceModel.viterbi(ids, model.weights, model.transitions);
      int[] decoded = model.decode(features);
      assertArrayEquals(expected, decoded);
      for (int label : decoded) {
        labelled += label != 0 ? 1 : 0;
      }
    }
    assertTrue(labelled > 10, "the tagger labels the attributions: " + labelled);
  }

  @Test
  void aModelReadBackWritesTheSameBytes() throws Exception {
    for (SequenceModel model : List.of(Attributions.model(), Attributions.fastModel())) {
      java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
      model.write(first);
      SequenceModel back = SequenceModel.read(new java.io.ByteArrayInputStream(first.toByteArray()));
      java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
      back.write(second);
      assertArrayEquals(first.toByteArray(), second.toByteArray());
      assertArrayEquals(model.index.sortedKeys(), back.index.sortedKeys());
      assertTrue(back.syntax == model.syntax);
    }
  }
}
