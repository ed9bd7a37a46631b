package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.cli.Main;
import org.parallax.testing.Shared;

/**
 * One small always-on check per clustering corpus, through the {@code eval clustering} command,
 * so that a regression shows in every build. Floors sit a little under the figures recorded in
 * BENCHMARKS.md; the full figures come from the command itself.
 */
class CorpusRegressionTest {
  private static final Pattern KEYS = Pattern.compile("^bcubed_p=\\S+ bcubed_r=\\S+ bcubed_f1=(\\S+)"
      + " pairwise_p=\\S+ pairwise_r=\\S+ pairwise_f1=\\S+ clusters=\\d+ gold_clusters=(\\d+)"
      + " docs=(\\d+)$");

  private static double bcubed(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    List<String> lines = out.toString().lines().toList();
    String last = lines.get(lines.size() - 1);
    Matcher m = KEYS.matcher(last);
    assertTrue(m.matches(), "last line must be the brief's key=value figures: " + last);
    return Double.parseDouble(m.group(1));
  }

  private static String corpus(String path) {
    return Shared.root().resolve("corpora").resolve(path).toString();
  }

  @Test
  void gvcIncidentsAreSeparated() {
    double f1 = bcubed("eval", "clustering", corpus("gvc/gvc_dev.jsonl"), "--label", "incident",
        "--date", "date");
    assertTrue(f1 >= 0.99, "GVC dev BCubed F1 " + f1);
  }

  @Test
  void np4eEvents() {
    double f1 = bcubed("eval", "clustering", corpus("np4e/np4e_docs.jsonl"), "--label", "event");
    assertTrue(f1 >= 0.99, "NP4E BCubed F1 " + f1);
  }

  @Test
  void ecbPlusValidationEvents() {
    double f1 = bcubed("eval", "clustering", corpus("ecbplus/ecbplus_train_val.jsonl"), "--label",
        "subtopic", "--date", "date_publish", "--split", "val");
    assertTrue(f1 >= 0.93, "ECB+ val BCubed F1 " + f1);
  }

  @Test
  void theBaselineIsWorse() {
    double baseline = bcubed("eval", "clustering", corpus("ecbplus/ecbplus_train_val.jsonl"),
        "--label", "subtopic", "--date", "date_publish", "--split", "val", "--clusterer", "tfidf");
    double ours = bcubed("eval", "clustering", corpus("ecbplus/ecbplus_train_val.jsonl"),
        "--label", "subtopic", "--date", "date_publish", "--split", "val");
    assertTrue(ours > baseline + 0.03, "ours " + ours + " vs TF-IDF baseline " + baseline);
  }

}
