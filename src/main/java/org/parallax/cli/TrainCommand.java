package org.parallax.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.attribution.AttributionTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the shipped models from the labeled corpora (see MODELS.md).",
    subcommands = {TrainCommand.WordClasses.class, TrainCommand.Attribution.class,
        TrainCommand.AttributionEncoder.class, TrainCommand.Paraphrase.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing model (attribution)");
  }

  private static void requireFile(CommandLine.Model.CommandSpec spec, Path corpus) {
    if (!java.nio.file.Files.isRegularFile(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no such corpus file: " + corpus + " (the corpora live in ../shared/corpora)");
    }
  }

  @Command(name = "word-classes", mixinStandardHelpOptions = true,
      description = "Word classes for the attribution tagger: MiniLM vocabulary words embedded"
          + " one by one and grouped by k-means. Run before `train attribution`.")
  static final class WordClasses implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "src/main/resources/org/parallax/attribution/word-classes.tsv.gz",
        description = "where to write the table (default: the shipped resource)")
    Path out;

    @Override
    public Integer call() throws Exception {
      System.out.println(AttributionTrainer.buildWordClasses(out));
      return 0;
    }
  }

  @Command(name = "paraphrase", mixinStandardHelpOptions = true,
      description = "The statement pair scorer, from MSRP train (TSV). Deterministic.")
  static final class Paraphrase implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE",
        defaultValue = "../shared/corpora/msrp/msr_paraphrase_train.txt",
        description = "MSRP TSV to train on (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "src/main/resources/org/parallax/compare/paraphrase-model.txt",
        description = "where to write the scorer (default: the shipped resource)")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      requireFile(spec, corpus);
      System.out.println(org.parallax.compare.Paraphrases.train(corpus, out));
      return 0;
    }
  }

  @Command(name = "attribution-encoder", mixinStandardHelpOptions = true,
      description = "One adaptation of the attribution encoder (a low-rank adaptation of"
          + " bge-small-en-v1.5 or e5-small-v2), from PolNeAR train, through train/encoder.py."
          + " Needs Debian's python3-torch,"
          + " python3-onnx and libopenblas0-pthread; about 85 minutes on 2 cores.")
  static final class AttributionEncoder implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE.jsonl",
        defaultValue = "../shared/corpora/polnear/polnear_train.jsonl",
        description = "PolNeAR JSON lines to train on (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "src/main/resources/org/parallax/attribution/attribution-encoder.bin.gz",
        description = "where to write the adaptation (default: the shipped resource)")
    Path out;

    @Option(names = "--python", defaultValue = "/usr/bin/python3",
        description = "the Python with torch and onnx (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = "--base", defaultValue = "bge-small",
        description = "the pretrained encoder to adapt: bge-small or e5-small"
            + " (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--epochs", defaultValue = "3",
        description = "passes over the corpus (default: ${DEFAULT-VALUE})")
    double epochs;

    @Option(names = "--rank", defaultValue = "8",
        description = "rank of the adaptation of each weight matrix (default: ${DEFAULT-VALUE})")
    int rank;

    @Option(names = "--cue-weight", defaultValue = "1",
        description = "weight of the cue labels in the loss, against 1 for the others"
            + " (default: ${DEFAULT-VALUE})")
    double cueWeight;

    @Option(names = "--dropout", defaultValue = "0",
        description = "dropout of attention and hidden states while training, from 0 (none, as"
            + " the shipped adaptations) below 1 (default: ${DEFAULT-VALUE})")
    double dropout;

    @Option(names = "--pack",
        description = "read each paragraph beside its article's neighbours: consecutive"
            + " paragraphs packed into one window of word pieces (default: each alone)")
    boolean pack;

    @Option(names = "--seed", defaultValue = "20180524",
        description = "seed of the initialization and the batch order (default: ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      requireFile(spec, corpus);
      if (!AttributionTrainer.encoderBases().contains(base)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--base must be one of " + AttributionTrainer.encoderBases() + ", not " + base);
      }
      if (!(cueWeight > 0) || Double.isInfinite(cueWeight)) { // NaN fails the first test
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--cue-weight must be a positive number, not " + cueWeight);
      }
      if (!(dropout >= 0 && dropout < 1)) { // NaN fails too
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--dropout must be at least 0 and below 1, not " + dropout);
      }
      String home = System.getenv("PARALLAX_HOME");
      System.out.println(AttributionTrainer.trainEncoder(corpus, out,
          Path.of(home == null ? "." : home), python, base, epochs, rank, cueWeight, dropout, pack,
          seed));
      return 0;
    }
  }

  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = "The attribution tagger, from PolNeAR train (JSON lines). Deterministic.")
  static final class Attribution implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE.jsonl",
        defaultValue = "../shared/corpora/polnear/polnear_train.jsonl",
        description = "PolNeAR JSON lines to train on (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "src/main/resources/org/parallax/attribution/attribution-model.bin.gz",
        description = "where to write the model (default: the shipped resource)")
    Path out;

    @Option(names = "--epochs", description = "perceptron passes over the corpus (default: "
        + AttributionTrainer.EPOCHS + ", with --fast " + AttributionTrainer.FAST_EPOCHS + ")")
    Integer epochs;

    @Option(names = "--fast", description = "the fast tagger, without the dependency parse"
        + " (written to attribution-model-fast.bin.gz unless --out is given)")
    boolean fast;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      requireFile(spec, corpus);
      Path target = out;
      if (fast && out.endsWith("attribution-model.bin.gz")) {
        target = out.resolveSibling("attribution-model-fast.bin.gz");
      }
      int passes = epochs != null ? epochs
          : fast ? AttributionTrainer.FAST_EPOCHS : AttributionTrainer.EPOCHS;
      System.out.println(AttributionTrainer.train(corpus, target, passes, !fast));
      return 0;
    }
  }
}
