package org.parallax.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.parallax.dedup.NearDuplicates;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.attribution.WhoSaidWhat;
import org.parallax.cluster.StoryClusterer;
import org.parallax.compare.StoryComparison;
import org.parallax.embed.CachingEmbedder;
import org.parallax.cluster.StoryClusterers;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.IngestSink;
import org.parallax.ingest.Readers;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.model.Rejected;
import org.parallax.model.Story;
import org.parallax.text.Normalizer;
import org.parallax.text.UnusableDocumentException;

/** Ingest, normalize and cluster a batch of inputs. */
public final class Analysis {
  /** What one run produced; every list is unmodifiable and in a deterministic order. */
  /**
   * What one run produced; every list is unmodifiable and in a deterministic order.
   *
   * @param said who said what in each article, by article id, with each person's name the same
   *     in every article of a story
   */
  public record Result(List<Article> articles, List<Story> stories, List<Rejected> rejected,
      Map<String, WhoSaidWhat> said, Map<String, StoryComparison.Result> compared) {
    public Result {
      articles = List.copyOf(articles);
      stories = List.copyOf(stories);
      rejected = List.copyOf(rejected);
      said = Map.copyOf(said);
      compared = Map.copyOf(compared);
    }

    public Result(List<Article> articles, List<Story> stories, List<Rejected> rejected) {
      this(articles, stories, rejected, Map.of(), Map.of());
    }

    /** The outlet comparison of one story; empty for a single-outlet story. */
    public StoryComparison.Result compared(String storyId) {
      return compared.getOrDefault(storyId, StoryComparison.Result.EMPTY);
    }

    /** Who said what in one article; empty when the article was not analysed for it. */
    public WhoSaidWhat said(String articleId) {
      return said.getOrDefault(articleId, EMPTY);
    }
  }

  private static final WhoSaidWhat EMPTY = new WhoSaidWhat(List.of(), List.of());

  private final Readers readers;
  private final Normalizer normalizer;
  private final StoryClusterer clusterer;
  private final boolean fastAttribution;
  /** Sentence vectors clustering computed, for the comparison to reuse; null when not shared. */
  private final CachingEmbedder shared;

  private Analysis(Readers readers, Normalizer normalizer, StoryClusterer clusterer,
      boolean fastAttribution, CachingEmbedder shared) {
    this.readers = Objects.requireNonNull(readers);
    this.normalizer = Objects.requireNonNull(normalizer);
    this.clusterer = Objects.requireNonNull(clusterer);
    this.fastAttribution = fastAttribution;
    this.shared = shared;
  }

  /** The same analysis, with who-said-what by the fast tagger (no dependency parse). */
  public Analysis withFastAttribution(boolean fast) {
    return new Analysis(readers, normalizer, clusterer, fast, shared);
  }

  /**
   * The production analysis. Clustering and the comparison use the same sentence-embedding
   * model, so the sentences clustering embeds (each article's lead) are computed once.
   */
  public static Analysis create() {
    CachingEmbedder shared = CachingEmbedder.over(StoryClusterers.embedder());
    return new Analysis(Readers.create(IngestOptions.defaults()), Normalizer.create(),
        StoryClusterers.standard(shared), false, shared);
  }

  public static Analysis create(Readers readers, Normalizer normalizer, StoryClusterer clusterer) {
    return new Analysis(readers, normalizer, clusterer, false, null);
  }

  /**
   * Runs the batch. Each rejection is passed to {@code onRejected} as soon as it is known (the CLI
   * prints it), and is also in the result.
   */
  public Result run(List<String> inputs, Consumer<Rejected> onRejected) {
    // The parser takes seconds to load; it loads while reading and clustering go on.
    WhoSaidWhat.warmUp(fastAttribution);
    List<RawDocument> raw = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    readers.read(inputs, new IngestSink() {
      @Override
      public void document(RawDocument document) {
        raw.add(document);
      }

      @Override
      public void rejected(Rejected r) {
        rejected.add(r);
        onRejected.accept(r);
      }
    });
    List<Article> articles = normalizeAll(raw, r -> {
      rejected.add(r);
      onRejected.accept(r);
    });
    articles = markDuplicates(articles);
    try {
      List<Story> stories = clusterer.cluster(articles);
      Map<String, WhoSaidWhat> said = whoSaidWhat(articles, stories, fastAttribution);
      return new Result(articles, stories, rejected, said, compare(articles, stories, said,
          () -> shared == null ? StoryComparison.create()
              : StoryComparison.create(shared.reusing())));
    } finally {
      if (shared != null) {
        shared.clear();
      }
    }
  }

  /**
   * Statement alignment and coverage per story, over its independent reports: near-duplicates
   * are copies, not outlets, so they take no part.
   */
  static Map<String, StoryComparison.Result> compare(List<Article> articles,
      List<Story> stories, Map<String, WhoSaidWhat> said,
      java.util.function.Supplier<StoryComparison> comparisons) {
    Map<String, Article> byId = new java.util.HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, StoryComparison.Result> out = new java.util.LinkedHashMap<>();
    StoryComparison comparison = null;
    for (Story s : stories) {
      List<StoryComparison.Input> inputs = new ArrayList<>();
      for (String id : s.articles()) {
        Article a = byId.get(id);
        if (a == null || a.duplicateOf() != null) {
          continue;
        }
        WhoSaidWhat w = said.getOrDefault(id, EMPTY);
        inputs.add(new StoryComparison.Input(id, a.outlet(), a.body(), w.quotes(), w.entities(),
            a.published() == null ? null : a.published().date(),
            a.published() == null || !a.published().iso().contains("T") ? null
                : a.published().timeKey()));
      }
      if (inputs.size() < 2) {
        continue;
      }
      if (comparison == null) {
        comparison = comparisons.get(); // loads the scorer: only when some story has two outlets
      }
      try {
        out.put(s.id(), comparison.compare(inputs));
      } catch (RuntimeException | StackOverflowError e) {
        // One story that trips the comparison must not sink the report: its articles, stories
        // and quotes stand, with no alignment, and the user is told which story and why.
        System.err.println("parallax: story " + s.id() + " (" + s.articles().size()
            + " articles): comparison failed, no statements reported for it: " + e);
      }
    }
    return out;
  }

  /**
   * Attribution per article (in parallel), then one canonical name per person within each story,
   * so "Putin" in one outlet and "Vladimir Putin" in another are the same speaker.
   */
  public static Map<String, WhoSaidWhat> whoSaidWhat(List<Article> articles, List<Story> stories) {
    return whoSaidWhat(articles, stories, false);
  }

  /** As {@link #whoSaidWhat(List, List)}, optionally by the fast tagger. */
  public static Map<String, WhoSaidWhat> whoSaidWhat(List<Article> articles, List<Story> stories,
      boolean fast) {
    Map<String, WhoSaidWhat> said = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.Set<String> outlets = new java.util.HashSet<>();
    articles.forEach(a -> {
      if (a.outlet() != null && !a.outlet().isBlank()) {
        outlets.add(a.outlet());
      }
    });
    articles.parallelStream().forEach(a -> {
      try {
        said.put(a.id(), WhoSaidWhat.of(a.body(), fast).withDateline(a.place())
            .withOutlets(outlets));
      } catch (RuntimeException | StackOverflowError e) {
        // One pathological text must not sink the batch; its article reports no quotes, and the
        // user is told which one and why.
        System.err.println("parallax: " + a.input() + ": who-said-what failed, no quotes"
            + " reported for this article: " + e);
        said.put(a.id(), EMPTY);
      }
    });
    for (Story s : stories) {
      List<WhoSaidWhat> inStory = new ArrayList<>();
      s.articles().forEach(id -> inStory.add(said.getOrDefault(id, EMPTY)));
      Map<String, String> canonical = WhoSaidWhat.canonicalNames(inStory);
      for (String id : s.articles()) {
        said.computeIfPresent(id, (k, w) -> w.canonicalized(canonical));
      }
      List<WhoSaidWhat> named = new ArrayList<>();
      s.articles().forEach(id -> named.add(said.getOrDefault(id, EMPTY)));
      Map<String, String> types = WhoSaidWhat.storyTypes(named);
      for (String id : s.articles()) {
        said.computeIfPresent(id, (k, w) -> w.retyped(types));
      }
    }
    return said;
  }

  /** Sets {@code duplicateOf} on every near-duplicate, pointing at its earliest copy. */
  public static List<Article> markDuplicates(List<Article> articles) {
    Map<String, String> duplicates = new NearDuplicates().find(articles);
    if (duplicates.isEmpty()) {
      return articles;
    }
    Map<String, Article> byId = new java.util.HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      String original = duplicates.get(a.id());
      // A copy whose figures differ from its original's ("£2.4 million" reprinted as "£4.2
      // million") changed a fact: it stays a report of its own, so the disagreement shows.
      // (A copy trimmed of a paragraph, or its original so, has no figure the other lacks.)
      if (original != null) {
        java.util.Set<String> mine = figures(a.body());
        java.util.Set<String> theirs = figures(byId.get(original).body());
        if (!theirs.containsAll(mine) && !mine.containsAll(theirs)) {
          original = null;
        }
      }
      out.add(original == null ? a : a.withDuplicateOf(original));
    }
    return out;
  }

  private static final Pattern FIGURE =
      Pattern.compile("\\d[\\d,.]*\\d|\\d");

  private static java.util.Set<String> figures(String body) {
    java.util.Set<String> out = new java.util.HashSet<>();
    Matcher m = FIGURE.matcher(body);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }

  /** Normalizes in parallel, keeping input order, and makes article ids unique. */
  public List<Article> normalizeAll(List<RawDocument> raw, Consumer<Rejected> onRejected) {
    List<Object> outcomes = raw.parallelStream().map(d -> {
      try {
        return (Object) normalizer.normalize(d);
      } catch (UnusableDocumentException e) {
        return new Rejected(d.input(), e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        return new Rejected(d.input(), "could not be normalized: " + e);
      }
    }).toList();
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Object o : outcomes) {
      if (o instanceof Rejected r) {
        onRejected.accept(r);
        continue;
      }
      Article a = (Article) o;
      String id = a.id();
      for (int k = 2; !ids.add(id); k++) {
        id = a.id() + "-" + k;
      }
      articles.add(id.equals(a.id()) ? a : a.withId(id));
    }
    // A wire copy's "Nov 12" has no year of its own; its batch mates may give it one.
    List<LocalDate> dates = new ArrayList<>();
    for (Article a : articles) {
      if (a.published() != null && !a.published().yearInferred()) {
        dates.add(a.published().date());
      }
    }
    articles.replaceAll(a -> normalizer.datedByBatch(a, dates));
    return articles;
  }
}
