package org.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyze the bundled sample corpus (samples/corpus) and print the path of the"
        + " report's index.html.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: target/demo)")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String home = System.getenv("PARALLAX_HOME");
    Path root = home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    Path corpus = root.resolve("samples").resolve("corpus");
    if (!Files.isDirectory(corpus)) {
      spec.commandLine().getErr().println("parallax: sample corpus not found at " + corpus
          + " (run from the repository root or through ./parallax)");
      return 1;
    }
    Path dir = out != null ? out : root.resolve("target").resolve("demo");
    int code = AnalyzeCommand.analyze(List.of(corpus.toString()), dir, spec.commandLine().getOut(),
        spec.commandLine().getErr());
    spec.commandLine().getOut().println(dir.resolve("index.html").toAbsolutePath().normalize());
    return code;
  }
}
