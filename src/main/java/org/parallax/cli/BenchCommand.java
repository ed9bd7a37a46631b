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
    subcommands = {BenchCommand.Ingest.class, BenchCommand.Cluster.class,
        BenchCommand.Attribution.class, BenchCommand.Compare.class, BenchCommand.Analyze.class})
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

  @Command(name = "cluster", mixinStandardHelpOptions = true,
      description = {"Stream generated articles in publication order through normalization,"
          + " sentence embedding (batched) and online story clustering.",
          "Prints articles/s for embedding + clustering and end to end, peak heap, the heap"
              + " retained after a full GC (flat when the working set is bounded), and BCubed F1"
              + " against the generated events."})
  static final class Cluster implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", description = "how many (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed")
    long seed;

    @Option(names = "--no-embeddings", description = "lexical and name signals only")
    boolean noEmbeddings;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (articles < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be >= 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      org.parallax.cluster.OnlineStories online = noEmbeddings
          ? org.parallax.cluster.OnlineStories.create(null)
          : org.parallax.cluster.OnlineStories.create();
      Normalizer normalizer = Normalizer.create();
      ArticleGenerator gen = new ArticleGenerator(seed);
      // About 25 reports an event, one new event every 18 hours: the archive grows in time.
      int events = Math.max(4, articles / 25);
      java.time.LocalDate start = java.time.LocalDate.of(2024, 1, 1);
      int[] gold = new int[articles];
      String[] predicted = new String[articles];
      List<Article> batch = new ArrayList<>();
      long clusterNanos = 0;
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      for (int i = 0; i < articles; i++) {
        int event = (int) ((long) i * events / articles);
        java.time.LocalDate date = start.plusDays(event * 3L / 4);
        ArticleGenerator.Generated g = gen.forEvent(event, date);
        gold[i] = event;
        String body = g.body();
        RawDocument raw = new RawDocument("generated#" + (i + 1), org.parallax.model.Format.JSONL,
            body, null, g.outlet(), g.title(), date.toString(), "en", false, i, "g" + i);
        batch.add(normalizer.normalize(raw));
        if (batch.size() == 64 || i == articles - 1) {
          long c0 = System.nanoTime();
          float[][] vectors = online.embed(batch);
          for (int k = 0; k < batch.size(); k++) {
            Article a = batch.get(k);
            predicted[(int) a.order()] = online.add(a, vectors == null ? null : vectors[k]).storyId();
          }
          clusterNanos += System.nanoTime() - c0;
          batch.clear();
        }
      }
      double total = (System.nanoTime() - t0) / 1e9;
      double clusterSecs = clusterNanos / 1e9;
      long peak = peakHeap();
      System.gc();
      long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      org.parallax.eval.ClusterMetrics m = org.parallax.eval.ClusterMetrics.score(
          java.util.Arrays.asList(predicted),
          java.util.Arrays.stream(gold).boxed().toList());
      out.printf(java.util.Locale.ROOT, "bench cluster: articles=%d embed_cluster_articles_per_s=%.0f"
              + " end_to_end_articles_per_s=%.0f peak_heap_mb=%.0f retained_heap_mb=%.1f"
              + " working_set=%d bcubed_f1=%.4f clusters=%d events=%d embeddings=%s cores=%d%n",
          articles, articles / clusterSecs, articles / total, peak / 1e6, retained / 1e6,
          online.workingSet(), m.bcubedF1(), m.clusters(), m.goldClusters(), !noEmbeddings,
          Runtime.getRuntime().availableProcessors());
      return 0;
    }
  }

  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = {"Who-said-what on generated articles (or PolNeAR JSON lines with --corpus):"
          + " tagging, grouping, entities and speaker resolution, on all cores.",
          "Prints articles/s for this stage alone and peak heap."})
  static final class Attribution implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "2000", description = "how many (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed")
    long seed;

    @Option(names = "--corpus", paramLabel = "FILE.jsonl",
        description = "real articles instead: the text field of each JSON line")
    Path corpus;

    @Option(names = "--fast", description = "the fast tagger, without the dependency parse")
    boolean fast;

    @Option(names = "--passes", defaultValue = "3", description = "timed passes; the median is"
        + " reported (default ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--warmup", defaultValue = "3000", description = "articles processed before"
        + " timing, cycling through the input (default ${DEFAULT-VALUE}; at most 300 without --fast)")
    int warmup;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (passes < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--passes must be >= 1");
      }
      if (articles < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be >= 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      List<String> texts = new ArrayList<>();
      if (corpus != null) {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && texts.size() < articles) {
            texts.add(json.readTree(line).get("text").asText());
          }
        }
      } else {
        ArticleGenerator gen = new ArticleGenerator(seed);
        for (int i = 0; i < articles; i++) {
          texts.add(gen.next().body());
        }
      }
      // Warm-up on all cores until the JIT's optimizing compiler has settled: measured on
      // PolNeAR, passes 1-3 after a 300-article warm-up ran at 68-85 articles/s while C2 was
      // still compiling (C1 alone: a flat 100), and 160-230 from the fourth pass on.
      int warm = Math.max(1, fast ? warmup : Math.min(warmup, 300));
      java.util.stream.IntStream.range(0, warm).parallel()
          .forEach(i -> org.parallax.attribution.WhoSaidWhat.of(texts.get(i % texts.size()),
              fast));
      long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
      System.gc();
      resetPeaks();
      // Three timed passes, the median reported: one pass of real news lasts seconds, and a
      // single one swings by a fifth with whatever else the machine is doing.
      double[] rates = new double[passes];
      long quotes = 0;
      for (int r = 0; r < passes; r++) {
        long t0 = System.nanoTime();
        quotes = texts.parallelStream()
            .mapToLong(t -> org.parallax.attribution.WhoSaidWhat.of(t, fast).quotes().size())
            .sum();
        rates[r] = texts.size() / ((System.nanoTime() - t0) / 1e9);
      }
      double[] sorted = rates.clone();
      java.util.Arrays.sort(sorted);
      double median = sorted[passes / 2];
      out.printf(java.util.Locale.ROOT, "bench attribution: articles=%d source=%s tagger=%s"
              + " mean_words=%.0f articles_per_s=%.1f passes=%s quotes=%d peak_heap_mb=%.0f cores=%d%n",
          texts.size(), corpus == null ? "generated" : corpus.getFileName(),
          org.parallax.attribution.Attributions.parsing(fast)
              ? "syntax+encoder" : "fast",
          words / (double) texts.size(), median, java.util.Arrays.stream(rates)
              .mapToObj(x -> String.format(java.util.Locale.ROOT, "%.1f", x))
              .collect(java.util.stream.Collectors.joining("/")), quotes, peakHeap() / 1e6,
          Runtime.getRuntime().availableProcessors());
      return 0;
    }
  }

  /** The generated reports a comparison benchmark runs on. */
  static final class GeneratedReports {
    @Option(names = "--seed", defaultValue = "42", description = "generator seed")
    long seed;

    @Option(names = "--syndicated", description = "reports repeat template sentences word for word"
        + " (as syndicated copy does); by default every report words every sentence its own way")
    boolean syndicated;

    ArticleGenerator generator() {
      return new ArticleGenerator(seed, !syndicated);
    }
  }

  @Command(name = "compare", mixinStandardHelpOptions = true,
      description = {"Compare the outlets of one generated story: statement units, sentence"
          + " embeddings (MiniLM), pair scoring, alignment and coverage.",
          "Prints seconds for the comparison (embeddings included; who-said-what, done before"
              + " it in analyze, timed apart), statements, units and peak heap."})
  static final class Compare implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "50", description = "reports of the story (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs after one warm-up")
    int runs;

    @CommandLine.Mixin GeneratedReports reports;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (articles < 2) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be >= 2");
      }
      PrintWriter out = spec.commandLine().getOut();
      Normalizer normalizer = Normalizer.create();
      ArticleGenerator gen = reports.generator();
      java.time.LocalDate date = java.time.LocalDate.of(2024, 3, 1);
      List<Article> story = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        ArticleGenerator.Generated g = gen.forEvent(7, date);
        String body = g.body();
        story.add(normalizer.normalize(new RawDocument("generated#" + (i + 1),
            org.parallax.model.Format.JSONL, body, null, g.outlet() + " " + i, g.title(),
            date.toString(), "en", false, i, "g" + i)));
      }
      long s0 = System.nanoTime();
      List<org.parallax.compare.StoryComparison.Input> inputs = story.parallelStream().map(a -> {
        var w = org.parallax.attribution.WhoSaidWhat.of(a.body());
        return new org.parallax.compare.StoryComparison.Input(a.id(), a.outlet(), a.body(),
            w.quotes(), w.entities());
      }).toList();
      double saidSecs = (System.nanoTime() - s0) / 1e9;
      var comparison = org.parallax.compare.StoryComparison.create();
      comparison.compare(inputs.subList(0, Math.min(5, inputs.size()))); // warm-up
      System.gc();
      resetPeaks();
      double best = Double.MAX_VALUE;
      org.parallax.compare.StoryComparison.Result r = null;
      for (int k = 0; k < Math.max(1, runs); k++) {
        long t0 = System.nanoTime();
        r = comparison.compare(inputs);
        best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      }
      int units = r.units().values().stream().mapToInt(List::size).sum();
      long distinct = r.units().values().stream().flatMap(List::stream)
          .map(org.parallax.compare.Unit::text).distinct().count();
      double variants = r.statements().stream().mapToInt(st -> st.variants().size()).average()
          .orElse(0);
      out.printf(java.util.Locale.ROOT, "bench compare: articles=%d units=%d distinct_units=%d statements=%d"
              + " mean_variants=%.1f compare_seconds=%.2f who_said_what_seconds=%.2f"
              + " peak_heap_mb=%.0f cores=%d%n",
          articles, units, distinct, r.statements().size(), variants, best, saidSecs,
          peakHeap() / 1e6, Runtime.getRuntime().availableProcessors());
      return 0;
    }
  }

  @Command(name = "analyze", mixinStandardHelpOptions = true,
      description = {"The whole analyze pipeline on generated JSON lines: ingest, normalization,"
          + " near-duplicates, clustering, who-said-what and outlet comparison (reports not"
          + " written).", "About ten reports an event, so most stories have several outlets to"
              + " compare. Prints articles/s end to end and peak heap."})
  static final class Analyze implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "1000", description = "how many (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--fast", description = "who-said-what by the fast tagger, as analyze --fast")
    boolean fast;

    @CommandLine.Mixin GeneratedReports reports;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (articles < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be >= 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      Path dir = Files.createTempDirectory("parallax-bench-analyze");
      Path file = dir.resolve("articles.jsonl");
      ArticleGenerator gen = reports.generator();
      ObjectMapper json = new ObjectMapper();
      java.time.LocalDate start = java.time.LocalDate.of(2024, 1, 1);
      int events = Math.max(1, articles / 10);
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < articles; i++) {
          int event = (int) ((long) i * events / articles);
          java.time.LocalDate date = start.plusDays(event);
          ArticleGenerator.Generated g = gen.forEvent(event, date);
          ObjectNode o = json.createObjectNode();
          o.put("id", "g" + i);
          o.put("outlet", g.outlet());
          o.put("title", g.title());
          o.put("published", date.toString());
          o.put("text", g.body());
          w.write(json.writeValueAsString(o));
          w.write('\n');
        }
      }
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      org.parallax.pipeline.Analysis.Result r = org.parallax.pipeline.Analysis.create()
          .withFastAttribution(fast).run(List.of(file.toString()), x -> { });
      double secs = (System.nanoTime() - t0) / 1e9;
      int statements = r.compared().values().stream().mapToInt(c -> c.statements().size()).sum();
      out.printf(java.util.Locale.ROOT, "bench analyze: articles=%d tagger=%s stories=%d"
              + " statements=%d seconds=%.1f articles_per_s=%.1f peak_heap_mb=%.0f cores=%d%n",
          r.articles().size(),
          org.parallax.attribution.Attributions.parsing(fast) ? "syntax" : "fast",
          r.stories().size(), statements, secs, r.articles().size() / secs,
          peakHeap() / 1e6, Runtime.getRuntime().availableProcessors());
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
      return 0;
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
          String body = g.body();
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
          String body = g.body();
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
