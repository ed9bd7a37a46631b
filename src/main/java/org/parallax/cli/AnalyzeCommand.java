package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.pipeline.Analysis;
import org.parallax.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyze reports and write DIR/report.json, DIR/index.html and a page per story.",
        "INPUT is a file, a folder (read recursively) or - for JSON lines on stdin.",
        "Formats (detected from content): plain text, HTML, RSS, Atom, WARC(.gz), JSON lines."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:at least one article was processed", "1:no article could be processed",
        "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders or -")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
  Path out;

  @Option(names = "--fast", description = "who-said-what by the tagger without the dependency"
      + " parse: several times faster, less accurate (for large batches)")
  boolean fast;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return analyze(inputs, out, spec.commandLine().getOut(), spec.commandLine().getErr(),
        fast);
  }

  static int analyze(List<String> inputs, Path out, PrintWriter stdout, PrintWriter stderr)
      throws Exception {
    return analyze(inputs, out, stdout, stderr, false);
  }

  static int analyze(List<String> inputs, Path out, PrintWriter stdout, PrintWriter stderr,
      boolean fast) throws Exception {
    Analysis.Result result = Analysis.create().withFastAttribution(fast)
        .run(inputs, r -> stderr.println(r.line()));
    Reports.write(result, out);
    stderr.printf("parallax: %d articles, %d stories, %d rejected → %s%n",
        result.articles().size(), result.stories().size(), result.rejected().size(),
        out.resolve("report.json"));
    stderr.flush();
    return result.articles().isEmpty() ? 1 : 0;
  }
}
