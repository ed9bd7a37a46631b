package org.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point. Exit codes: 0 success, 1 nothing could be processed or a failure, 2 usage. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "parallax 0.1.0",
    description = "Compare how news outlets report the same event.",
    subcommands = {AnalyzeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      err.println("parallax: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      return 1;
    });
    return cli.execute(args);
  }
}
