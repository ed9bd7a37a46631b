package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training run asked for something it cannot do stops before any work, naming the input. */
class TrainBadInputTest {
  @TempDir Path dir;

  @Test
  void anUnknownEncoderBaseIsNamedAndNothingIsWritten() throws IOException {
    String first = refusedFirstLine("--base=bert-large");
    assertTrue(first.contains("bert-large") && first.contains("e5-small"), first);
  }

  @Test
  void aCueWeightThatIsNotPositiveIsNamedAndNothingIsWritten() throws IOException {
    for (String weight : new String[] {"0", "-2", "NaN"}) {
      String first = refusedFirstLine("--cue-weight=" + weight);
      assertTrue(first.contains("--cue-weight"), first);
    }
  }

  @Test
  void aDropoutOutsideZeroToOneIsNamedAndNothingIsWritten() throws IOException {
    for (String p : new String[] {"-0.1", "1", "NaN"}) {
      String first = refusedFirstLine("--dropout=" + p);
      assertTrue(first.contains("--dropout"), first);
    }
  }

  /**
   * Runs {@code train attribution-encoder} with {@code option} on a tiny corpus, checks it exits
   * with the usage code and writes no adaptation, and returns the first line of its error.
   */
  private String refusedFirstLine(String option) throws IOException {
    Path corpus = Files.writeString(dir.resolve("tiny.jsonl"),
        "{\"text\":\"x\",\"attributions\":[]}\n");
    Path out = dir.resolve("adapter.bin.gz");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"train", "attribution-encoder", option,
        "--corpus=" + corpus, "--out=" + out}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(2, code, option);
    assertFalse(Files.exists(out), option);
    return err.toString().lines().findFirst().orElse("");
  }
}
