package org.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import org.parallax.cluster.StoryClusterer;
import org.parallax.cluster.StoryClusterers;
import org.parallax.cluster.Tuning;
import org.parallax.embed.Embedders;
import org.parallax.eval.ClusteringEval;
import org.parallax.pipeline.Analysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the production pipeline on labeled corpora. Figures are printed last, on"
        + " one line, as key=value pairs.",
    subcommands = {EvalCommand.Clustering.class, EvalCommand.Attribution.class,
        EvalCommand.Paraphrase.class,
        EvalCommand.TuneClustering.class})
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

    @Option(names = "--clusterer", defaultValue = "standard",
        description = "standard (default), lexical (no embeddings) or tfidf (the baseline)")
    String clusterer;

    @Option(names = "--details", description = "print each predicted story with gold labels first")
    boolean details;

    @Option(names = "--passages", paramLabel = "NxWORDS",
        description = "embed N passages of WORDS words per article instead of the default")
    String passages;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      StoryClusterer chosen = passages != null
          ? StoryClusterers.withPassages(Integer.parseInt(passages.split("x")[0]),
              Integer.parseInt(passages.split("x")[1]))
          : switch (clusterer) {
        case "standard" -> StoryClusterers.standard();
        case "lexical" -> StoryClusterers.withoutEmbeddings();
        case "tfidf" -> StoryClusterers.tfidf();
        default -> throw new CommandLine.ParameterException(spec.commandLine(),
            "--clusterer must be standard, lexical or tfidf, not " + clusterer);
      };
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      ClusteringEval.Result r = ClusteringEval.run(file,
          new ClusteringEval.Options(label, date, title, split), Analysis.create(), chosen);
      var out = spec.commandLine().getOut();
      if (details) {
        java.util.Map<String, org.parallax.model.Article> byId = new java.util.HashMap<>();
        java.util.Map<String, String> goldById = new java.util.HashMap<>();
        for (int i = 0; i < r.articles().size(); i++) {
          byId.put(r.articles().get(i).id(), r.articles().get(i));
          goldById.put(r.articles().get(i).id(), r.gold().get(i));
        }
        for (var story : r.stories()) {
          out.printf("story %s (%d)%n", story.id(), story.articles().size());
          for (int i = 0; i < story.articles().size(); i++) {
            var a = byId.get(story.articles().get(i));
            var ev = story.evidence().isEmpty() ? null : story.evidence().get(i);
            out.printf("  %-14s %-10s %-6s %s | %s%n", goldById.get(a.id()),
                a.published() == null ? "-" : a.published().date(),
                ev == null ? "" : ev.founder() ? "new" : String.format(java.util.Locale.ROOT, "%.2f", ev.score()),
                a.place() == null ? "" : a.place(),
                a.title().length() > 70 ? a.title().substring(0, 70) : a.title());
          }
        }
      }
      out.printf("corpus=%s split=%s label=%s skipped=%d%n", file.getFileName(),
          split == null ? "all" : split, label, r.skipped());
      out.println(r.metrics().line());
      out.flush();
      return r.metrics().docs() > 0 ? 0 : 1;
    }
  }

  @Command(name = "paraphrase", mixinStandardHelpOptions = true,
      description = {"Paraphrase identification on MSRP-format TSV: accuracy, precision, recall,"
          + " F1.", "Applies the shipped pair scorer; with --cv K, trains and tests in K seeded"
          + " folds of FILE instead."})
  static final class Paraphrase implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
        description = "cross-validate in K folds instead of applying the shipped scorer")
    int folds;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (folds == 1 || folds < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--cv must be 0 or >= 2");
      }
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      var figures = org.parallax.compare.Paraphrases.evaluate(file, folds);
      java.io.PrintWriter out = spec.commandLine().getOut();
      out.printf("corpus=%s %s%n", file.getFileName(), folds > 1 ? "cv=" + folds : "shipped scorer");
      StringBuilder b = new StringBuilder();
      figures.forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k).append('=')
          .append(k.equals("pairs") ? String.valueOf(v.intValue())
              : String.format(java.util.Locale.ROOT, "%.4f", v)));
      out.println(b);
      out.flush();
      return 0;
    }
  }

  @Command(name = "tune-clustering", mixinStandardHelpOptions = true,
      description = {"Grid-search the clusterer's weights on the development corpora (ECB+ train"
          + " split, GVC dev, NP4E) and print the best configurations by mean BCubed F1.",
          "ECB+ val is never used here: it is where the chosen configuration is reported."})
  static final class TuneClustering implements Callable<Integer> {
    @Option(names = "--corpora", defaultValue = "../shared/corpora",
        description = "folder of the shared corpora (default ${DEFAULT-VALUE})")
    Path corpora;

    @Option(names = "--no-embeddings", description = "tune the lexical signals only")
    boolean noEmbeddings;

    @Option(names = "--model", defaultValue = "minilm", description = "bge-small or minilm")
    String model;

    @Option(names = "--passages", defaultValue = "3x60", paramLabel = "NxWORDS",
        description = "passages embedded per article (default ${DEFAULT-VALUE})")
    String passages;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Analysis analysis = Analysis.create();
      List<Tuning.Corpus> list = new ArrayList<>();
      list.add(corpus("ecbplus-train", corpora.resolve("ecbplus/ecbplus_train_val.jsonl"),
          new ClusteringEval.Options("subtopic", "date_publish", null, "train"), analysis));
      list.add(corpus("gvc-dev", corpora.resolve("gvc/gvc_dev.jsonl"),
          new ClusteringEval.Options("incident", "date", null, null), analysis));
      list.add(corpus("np4e", corpora.resolve("np4e/np4e_docs.jsonl"),
          new ClusteringEval.Options("event", null, null, null), analysis));
      String[] p = passages.split("x");
      Tuning.run(list, noEmbeddings ? null : Embedders.named(model), Integer.parseInt(p[0]),
          Integer.parseInt(p[1]), spec.commandLine().getOut());
      return 0;
    }

    private static Tuning.Corpus corpus(String name, Path file, ClusteringEval.Options options,
        Analysis analysis) throws java.io.IOException {
      ClusteringEval.Loaded loaded = ClusteringEval.load(file, options, analysis);
      return new Tuning.Corpus(name, loaded.articles(), loaded.goldOf());
    }
  }

  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = {"Attribution (source, cue, content) on PolNeAR JSON lines: exact and"
          + " proportional-overlap precision, recall and F1 per component, and content overlap F1"
          + " for direct and indirect quotes."})
  static final class Attribution implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsonl") Path file;

    @Option(names = "--fast", description = "the fast tagger, without the dependency parse"
        + " (as analyze --fast)")
    boolean fast;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      var figures = org.parallax.eval.AttributionEval.run(file,
          text -> org.parallax.attribution.Attributions.find(text, fast));
      var out = spec.commandLine().getOut();
      out.printf("corpus=%s tagger=%s%n", file.getFileName(), org.parallax.attribution.Attributions.parsing(fast)
          ? "syntax+encoder" : "fast");
      out.println(org.parallax.eval.AttributionEval.line(figures));
      out.flush();
      return 0;
    }
  }
}
