package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.Shared;

/**
 * Seeded mutations of every sample file (truncations, bit flips, spliced bytes, deleted runs)
 * through {@code analyze}: no input may crash the run or hang it, every input is either read or
 * named under {@code rejected}, and the report is always written.
 */
class HostileInputSoakTest {
  @TempDir Path dir;

  @Test
  void mutatedSamplesNeverCrashTheBatch() throws Exception {
    List<Path> samples;
    try (Stream<Path> files = Files.walk(Shared.repo().resolve("samples/corpus"))) {
      samples = files.filter(Files::isRegularFile).sorted().toList();
    }
    Random random = new Random(1234);
    List<String> inputs = new ArrayList<>();
    int n = 0;
    for (Path sample : samples) {
      byte[] original = Files.readAllBytes(sample);
      String name = sample.getFileName().toString();
      for (int k = 0; k < 6; k++) {
        byte[] bytes = mutate(original, random, k);
        Path f = dir.resolve("m" + (n++) + "-" + name);
        Files.write(f, bytes);
        inputs.add(f.toString());
      }
    }
    Path out = dir.resolve("report");
    List<String> args = new ArrayList<>(List.of("analyze"));
    args.addAll(inputs);
    args.addAll(List.of("--out", out.toString()));
    StringWriter err = new StringWriter();
    int code = assertTimeoutPreemptively(Duration.ofMinutes(3),
        () -> Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
            new PrintWriter(err)));
    assertEquals(0, code, err.toString());
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    java.util.Set<String> seen = new java.util.HashSet<>();
    report.get("articles").forEach(a -> seen.add(a.get("input").asText().replaceFirst("#\\d+$", "")));
    report.get("rejected").forEach(r -> seen.add(r.get("input").asText().replaceFirst("#\\d+$", "")));
    for (String input : inputs) {
      assertTrue(seen.contains(input), "neither read nor rejected: " + input);
    }
    for (JsonNode r : report.get("rejected")) {
      String reason = r.get("reason").asText();
      assertTrue(!reason.isBlank() && !reason.contains("\n") && !reason.contains("\tat "),
          "one-line reason: " + reason);
    }
  }

  private static byte[] mutate(byte[] b, Random r, int kind) {
    byte[] c = b.clone();
    switch (kind) {
      case 0 -> {
        return java.util.Arrays.copyOf(c, Math.max(0, r.nextInt(Math.max(1, c.length))));
      }
      case 1 -> {
        for (int i = 0; i < 1 + c.length / 200; i++) {
          int p = r.nextInt(Math.max(1, c.length));
          if (p < c.length) {
            c[p] ^= (byte) (1 << r.nextInt(8));
          }
        }
        return c;
      }
      case 2 -> {
        byte[] junk = new byte[64];
        r.nextBytes(junk);
        int p = r.nextInt(Math.max(1, c.length));
        byte[] out = new byte[c.length + junk.length];
        System.arraycopy(c, 0, out, 0, p);
        System.arraycopy(junk, 0, out, p, junk.length);
        System.arraycopy(c, p, out, p + junk.length, c.length - p);
        return out;
      }
      case 3 -> {
        int from = r.nextInt(Math.max(1, c.length));
        int len = Math.min(c.length - from, 1 + r.nextInt(400));
        byte[] out = new byte[c.length - len];
        System.arraycopy(c, 0, out, 0, from);
        System.arraycopy(c, from + len, out, from, c.length - from - len);
        return out;
      }
      case 4 -> {
        // Doubled: a file glued to itself (a bad concatenation).
        byte[] out = new byte[c.length * 2];
        System.arraycopy(c, 0, out, 0, c.length);
        System.arraycopy(c, 0, out, c.length, c.length);
        return out;
      }
      default -> {
        return c;
      }
    }
  }
}
