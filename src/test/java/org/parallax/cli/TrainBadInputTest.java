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
    Path corpus = Files.writeString(dir.resolve("tiny.jsonl"),
        "{\"text\":\"x\",\"attributions\":[]}\n");
    Path out = dir.resolve("adapter.bin.gz");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"train", "attribution-encoder", "--base=bert-large",
        "--corpus=" + corpus, "--out=" + out}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(2, code);
    String first = err.toString().lines().findFirst().orElse("");
    assertTrue(first.contains("bert-large") && first.contains("e5-small"), first);
    assertFalse(Files.exists(out));
  }

  @Test
  void aCueWeightThatIsNotPositiveIsNamedAndNothingIsWritten() throws IOException {
    Path corpus = Files.writeString(dir.resolve("tiny.jsonl"),
        "{\"text\":\"x\",\"attributions\":[]}\n");
    Path out = dir.resolve("adapter.bin.gz");
    for (String weight : new String[] {"0", "-2", "NaN"}) {
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"train", "attribution-encoder", "--cue-weight=" + weight,
          "--corpus=" + corpus, "--out=" + out}, new PrintWriter(new StringWriter()),
          new PrintWriter(err));
      assertEquals(2, code, weight);
      String first = err.toString().lines().findFirst().orElse("");
      assertTrue(first.contains("--cue-weight"), first);
      assertFalse(Files.exists(out));
    }
  }

  @Test
  void aDropoutOutsideZeroToOneIsNamedAndNothingIsWritten() throws IOException {
    Path corpus = Files.writeString(dir.resolve("tiny.jsonl"),
        "{\"text\":\"x\",\"attributions\":[]}\n");
    Path out = dir.resolve("adapter.bin.gz");
    for (String p : new String[] {"-0.1", "1", "NaN"}) {
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"train", "attribution-encoder", "--dropout=" + p,
          "--corpus=" + corpus, "--out=" + out}, new PrintWriter(new StringWriter()),
          new PrintWriter(err));
      assertEquals(2, code, p);
      String first = err.toString().lines().findFirst().orElse("");
      assertTrue(first.contains("--dropout"), first);
      assertFalse(Files.exists(out));
    }
  }
}
