package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parallax.bench.ArticleGenerator;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Readers;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.pipeline.Analysis;
import org.parallax.cluster.StoryClusterers;
import org.parallax.text.Normalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Throughput and memory benchmarks on generated articles.",
    subcommands = {BenchCommand.Ingest.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing benchmark (ingest)");
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = {"Generate articles (text files, JSON lines and HTML pages), then time reading"
          + " and normalizing them (ingest + normalization, no clustering).",
          "Prints articles/s and peak heap."})
  static final class Ingest implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", description = "how many (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed")
    long seed;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (articles < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be >= 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      Path dir = Files.createTempDirectory("parallax-bench-");
      try {
        long bytes = generate(dir, articles, seed);
        out.printf("generated %d articles (%.1f MB) in %s%n", articles, bytes / 1e6, dir);
        // Warm-up: JIT and the language profiles, so the timed run measures steady throughput.
        Path warm = Files.createTempDirectory("parallax-warm-");
        generate(warm, Math.min(500, articles), seed + 1);
        run(warm);
        deleteTree(warm);
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        int n = run(dir);
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf("bench ingest: articles=%d seconds=%.2f articles_per_s=%.0f peak_heap_mb=%.0f"
                + " cores=%d%n", n, secs, n / secs, peakHeap() / 1e6,
            Runtime.getRuntime().availableProcessors());
        return n == articles ? 0 : 1;
      } finally {
        deleteTree(dir);
      }
    }

    private static int run(Path dir) {
      Readers.Batch batch = Readers.create(IngestOptions.defaults()).readAll(List.of(dir.toString()));
      Analysis analysis = Analysis.create(Readers.create(IngestOptions.defaults()),
          Normalizer.create(), StoryClusterers.tfidf());
      List<RawDocument> docs = batch.documents();
      List<Article> articles = analysis.normalizeAll(docs, r -> { });
      return articles.size();
    }
  }

  /** Writes 60% text files, 30% JSON lines (500 a file), 10% HTML pages. */
  static long generate(Path dir, int n, long seed) throws IOException {
    ArticleGenerator gen = new ArticleGenerator(seed);
    ObjectMapper json = new ObjectMapper();
    long bytes = 0;
    BufferedWriter jsonl = null;
    int jsonlFile = 0;
    int inJsonl = 0;
    try {
      for (int i = 0; i < n; i++) {
        ArticleGenerator.Generated g = gen.next();
        int kind = i % 10;
        if (kind < 6) {
          Path f = dir.resolve("t" + (i / 1000)).resolve("a" + i + ".txt");
          Files.createDirectories(f.getParent());
          Files.writeString(f, g.text(), StandardCharsets.UTF_8);
          bytes += g.text().length();
        } else if (kind < 9) {
          if (jsonl == null || inJsonl == 500) {
            if (jsonl != null) {
              jsonl.close();
            }
            jsonl = Files.newBufferedWriter(dir.resolve("feed" + (jsonlFile++) + ".jsonl"));
            inJsonl = 0;
          }
          ObjectNode o = json.createObjectNode();
          String body = g.text().substring(g.text().indexOf("\n\n") + 2);
          o.put("id", "g" + i);
          o.put("url", "https://example.org/" + i);
          o.put("outlet", g.outlet());
          o.put("title", g.title());
          o.put("published", g.date().toString());
          o.put("text", body);
          String line = json.writeValueAsString(o);
          jsonl.write(line);
          jsonl.write('\n');
          inJsonl++;
          bytes += line.length();
        } else {
          StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>")
              .append(g.title()).append(" | ").append(g.outlet())
              .append("</title><meta property=\"og:site_name\" content=\"").append(g.outlet())
              .append("\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                  + "<div class=\"cookie-banner\">We use cookies. Accept</div><article><h1>")
              .append(g.title()).append("</h1>");
          String body = g.text().substring(g.text().indexOf("\n\n") + 2);
          for (String p : body.split("\n\n")) {
            h.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
          }
          h.append("</article><footer>© Example</footer></body></html>");
          Path f = dir.resolve("h" + (i / 1000)).resolve("a" + i + ".html");
          Files.createDirectories(f.getParent());
          Files.writeString(f, h, StandardCharsets.UTF_8);
          bytes += h.length();
        }
      }
    } finally {
      if (jsonl != null) {
        jsonl.close();
      }
    }
    return bytes;
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    }
  }
}
