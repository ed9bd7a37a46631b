package org.parallax.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.pipeline.Analysis;

/** Writes the report files of one analysis. */
public final class Reports {
  private Reports() {}

  /** Writes {@code report.json}, {@code index.html} and {@code stories/*.html} under {@code dir}. */
  public static void write(Analysis.Result result, Path dir) throws IOException {
    Files.createDirectories(dir);
    JsonReport.write(result, dir.resolve("report.json"));
    HtmlReport.write(result, dir);
  }
}
