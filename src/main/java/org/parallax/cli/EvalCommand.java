package org.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.cluster.StoryClusterers;
import org.parallax.eval.ClusteringEval;
import org.parallax.pipeline.Analysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the production pipeline on labeled corpora. Figures are printed last, on"
        + " one line, as key=value pairs.",
    subcommands = {EvalCommand.Clustering.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing evaluation (clustering)");
  }

  @Command(name = "clustering", mixinStandardHelpOptions = true,
      description = {"Story clustering on a labeled JSON-lines corpus: BCubed and pairwise"
          + " precision, recall and F1.",
          "Documents are fed in date order; undated ones and ties in a seeded random order."})
  static final class Clustering implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsonl") Path file;

    @Option(names = "--label", required = true, description = "field holding the gold event")
    String label;

    @Option(names = "--date", description = "field holding the publication date (free text ok)")
    String date;

    @Option(names = "--title", description = "field holding the headline (default: title)")
    String title;

    @Option(names = "--split", description = "only rows whose split field equals this")
    String split;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      ClusteringEval.Result r = ClusteringEval.run(file,
          new ClusteringEval.Options(label, date, title, split), Analysis.create(),
          StoryClusterers.standard());
      var out = spec.commandLine().getOut();
      out.printf("corpus=%s split=%s label=%s skipped=%d%n", file.getFileName(),
          split == null ? "all" : split, label, r.skipped());
      out.println(r.metrics().line());
      out.flush();
      return r.metrics().docs() > 0 ? 0 : 1;
    }
  }
}
