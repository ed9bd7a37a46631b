package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.attribution.Entity;
import org.parallax.attribution.Quote;
import org.parallax.embed.Embedder;
import org.parallax.embed.Embedders;

/**
 * Compares the outlets of one story: links the units that say the same thing (two translations
 * of one answer, a paraphrase, a partial quote) into statements, then works out what each outlet
 * alone reports, what it omits that others have, and where the outlets' numbers disagree.
 *
 * <p>Linking is greedy in descending pair score, under three rules: a statement holds at most
 * one unit per article, every pair inside it must still score reasonably (no chaining of weak
 * links), and quotes link only to quotes of a compatible speaker, so background is never glued
 * to what someone said.
 */
public final class StoryComparison {
  /** What the comparison needs to know of one article. */
  /**
   * One report of the story; {@code published} is its day, null when unknown, and {@code
   * publishedAt} its instant in epoch seconds when the hour is known, else null.
   */
  public record Input(String id, String outlet, String body, List<Quote> quotes,
      List<Entity> entities, java.time.LocalDate published, Long publishedAt) {
    public Input(String id, String outlet, String body, List<Quote> quotes,
        List<Entity> entities) {
      this(id, outlet, body, quotes, entities, null, null);
    }

    public Input(String id, String outlet, String body, List<Quote> quotes,
        List<Entity> entities, java.time.LocalDate published) {
      this(id, outlet, body, quotes, entities, published, null);
    }
  }

  /**
   * " (4 h later)" when {@code b} was published at least three hours after {@code a}, as a
   * toll rising through the day disagrees with an earlier count without either being wrong;
   * empty otherwise.
   */
  static String later(Input a, Input b) {
    if (a.publishedAt() == null || b.publishedAt() == null) {
      return "";
    }
    long hours = (b.publishedAt() - a.publishedAt()) / 3600;
    long gap = Math.abs(hours);
    String span = gap >= 48 ? gap / 24 + " days" : gap + " h";
    return gap < 3 ? "" : " (" + span + (hours > 0 ? " later)" : " earlier)");
  }

  /** One rendering of a statement. */
  public record Variant(String article, String text, int start, int end, int unit) {}

  /**
   * Units from different articles that say the same thing.
   *
   * @param similarity the lowest pairwise score among the variants
   * @param evidence why they were linked, in words
   */
  public record Statement(String speaker, List<Variant> variants, double similarity,
      List<String> evidence) {}

  /** Per article: what only it has, what it lacks that others have, and disagreements. */
  public record Coverage(String article, List<String> onlyHere, List<String> onlyHereNames,
      List<String> onlyHereNumbers, List<String> omits, List<String> conflicts) {}

  public record Result(List<Statement> statements, List<Coverage> coverage,
      Map<String, List<Unit>> units) {
    public static final Result EMPTY = new Result(List.of(), List.of(), Map.of());
  }

  /** Pairs below this cosine are not scored: they share too little meaning to be one statement. */
  static final double PREFILTER_COSINE = 0.45;
  /** Every pair within a statement must score at least this. */
  static final double MIN_INSIDE = 0.3;
  /** Below this cosine a pair scored on demand is taken as unrelated without scoring. */
  static final double ON_DEMAND_COSINE = 0.3;
  /** Units compared per article (the first ones). */
  static final int MAX_UNITS = 400;
  /** A unit whose best match elsewhere is below this is material no other outlet has. */
  static final double ABSENT = 0.15;
  /** A weaker same-speaker pair needs at least this score and cosine. */
  static final double WEAK_SCORE = 0.1;
  static final double WEAK_COSINE = 0.7;
  /**
   * Or a score near the threshold with less closeness of meaning: a translation words one
   * answer apart from the original ("We listened to all offers and rejected them" / "We have
   * heard the offers and we have turned them down": 0.44, cosine 0.67).
   */
  static final double HALF_SCORE = 0.35;
  static final double HALF_COSINE = 0.6;
  /** Or each other's closest among the speaker's words in the two articles, this near. */
  static final double MUTUAL_COSINE = 0.58;
  static final double MUTUAL_SCORE = 0.15;
  static final double MUTUAL_SCORE_ALONE = 0.25;
  /**
   * Two claims this close in meaning are one fact told twice even when the pair scorer, fitted
   * to MSRP's near-equivalence, hesitates ("extinguished at 7.15pm" / "extinguished shortly after
   * 7 p.m.", scored 0.50): they are linked after the confident pairs, like same-speaker quotes.
   */
  static final double CLAIM_COSINE = 0.85;
  /**
   * Or less close in meaning, when the speaker's two renderings give one figure of one thing
   * ("We are raising starting salaries by 8 percent from January" / "the government would raise
   * starting salaries for teachers by 8 percent from January": cosine 0.67; "About 2,000
   * residents were evacuated overnight as …" / "2,000 residents had been evacuated": cosine
   * 0.598, score 0.07, the scorer put off by the longer sentence's other facts).
   */
  static final double FIGURE_COSINE = 0.55;

  /** Two sentences this close in meaning whose figures of one thing disagree conflict. */
  static final double FACT_COSINE = 0.8;
  /** A looser pair of sentences tells of one fact when it shares this many content words. */
  static final double SAME_EVENT_COSINE = 0.6;
  /** Sentences on one topic, at least, when two figures' neighbourhoods share two words. */
  static final double NEIGHBOURHOOD_COSINE = 0.4;
  static final int SAME_EVENT_WORDS = 3;

  private final ParaphraseScorer scorer;
  private final Embedder embedder;

  private StoryComparison(ParaphraseScorer scorer, Embedder embedder) {
    this.scorer = scorer;
    this.embedder = embedder;
  }

  public static StoryComparison create() {
    return create(Embedders.miniLm());
  }

  /**
   * The shipped scorer over {@code embedder}, which must compute the vectors of {@link
   * Embedders#miniLm()} (the scorer was trained on its cosines), for instance a view of vectors
   * that clustering already computed.
   */
  public static StoryComparison create(Embedder embedder) {
    return new StoryComparison(ParaphraseScorer.shipped(), embedder);
  }

  /** Compares the given articles (near-duplicates already left out by the caller). */
  public Result compare(List<Input> articles) {
    if (articles.size() < 2) {
      Map<String, List<Unit>> units = new LinkedHashMap<>();
      for (Input a : articles) {
        units.put(a.id(), Units.of(a.id(), a.body(), a.quotes(), a.outlet()));
      }
      return new Result(List.of(), List.of(), units);
    }
    Map<String, List<Unit>> unitsByArticle = new LinkedHashMap<>();
    List<Unit> units = new ArrayList<>();
    // (each article's units on their own, in parallel, then gathered in the articles' order)
    List<List<Unit>> cut = articles.parallelStream()
        .map(a -> Units.of(a.id(), a.body(), a.quotes(), a.outlet())).toList();
    for (int k = 0; k < articles.size(); k++) {
      Input a = articles.get(k);
      List<Unit> u = cut.get(k);
      // A pathological "article" of thousands of sentences would make the comparison quadratic
      // in its length; news reports stay far below this many statements.
      if (u.size() > MAX_UNITS) {
        u = u.subList(0, MAX_UNITS);
      }
      unitsByArticle.put(a.id(), u);
      units.addAll(u);
    }
    int n = units.size();
    // Syndicated reports repeat sentences word for word: each distinct text is embedded, compared
    // and scored once.
    // A quote in the speaker's own words is compared as another outlet would report it ("I will
    // help the prosecutors" as "she will help the prosecutors"), so that a direct quote in one
    // outlet meets the reported speech of another.
    Map<String, ReportedSpeech.Person> persons = persons(articles);
    List<String> compared = new ArrayList<>(n);
    for (Unit u : units) {
      ReportedSpeech.Person who = u.speaker() == null ? null : persons.get(u.speaker());
      compared.add(!u.quote() || u.speaker() == null ? u.text()
          : who == null ? ReportedSpeech.firstPerson(u.text())
              ? ReportedSpeech.of(u.text(), ReportedSpeech.Person.HE) : u.text()
          : ReportedSpeech.of(u.text(), who, u.speaker()));
    }
    List<String> distinct = new ArrayList<>();
    int[] tid = intern(compared, distinct);
    int d = distinct.size();
    float[][] distinctVectors = d == 0 ? new float[0][] : embedder.embed(distinct);
    PairFeatures.Side[] distinctSides = new PairFeatures.Side[d];
    java.util.stream.IntStream.range(0, d).parallel().forEach(t ->
        distinctSides[t] = PairFeatures.side(distinct.get(t), distinctVectors[t]));
    float[][] vectors = new float[n][];
    List<PairFeatures.Side> sides = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      vectors[i] = distinctVectors[tid[i]];
      sides.add(distinctSides[tid[i]]);
    }
    PairFeatures.Idf idf = PairFeatures.Idf.of(sides);
    PairMap scores = new PairMap();
    PairMap cosines = new PairMap();
    record Link(int a, int b, double p) {}
    List<Link> links = new ArrayList<>();
    List<Link> candidates = new ArrayList<>();
    Set<Long> weak = new HashSet<>();
    double[] bestElsewhere = new double[n];
    // A unit joins at most one unit of each other article, so only its closest unit there (by
    // meaning) is worth the full scorer: that keeps a 50-report story to seconds.
    Map<String, Integer> articleIndex = new HashMap<>();
    for (Input a : articles) {
      articleIndex.put(a.id(), articleIndex.size());
    }
    int outlets = articles.size();
    int[] art = new int[n];
    for (int i = 0; i < n; i++) {
      art[i] = articleIndex.get(units.get(i).article());
    }
    // Per distinct text, its closest unit in every article, a few cosine rows at a time (in
    // parallel, without keeping the full matrix: memory stays linear in the story's size).
    int[][] closest = new int[d][];
    float[][] closestCos = new float[d][];
    float[][] columns = Embedder.columns(distinctVectors);
    int block = 8;
    java.util.stream.IntStream.range(0, (d + block - 1) / block).parallel().forEach(b -> {
      int from = b * block;
      int to = Math.min(d, from + block);
      float[][] rows = Embedder.cosineRows(distinctVectors, columns, from, to);
      for (int t = from; t < to; t++) {
        closestIn(rows[t - from], t, tid, art, outlets, closest, closestCos);
      }
    });
    // (gathered as plain longs, then sorted and made distinct: a tree set of boxed keys cost more
    // than the gathering)
    long[] gathered = new long[16];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int[] best = closest[tid[i]];
      float[] bestCos = closestCos[tid[i]];
      for (int a = 0; a < outlets; a++) {
        if (a != art[i] && best[a] >= 0 && bestCos[a] >= PREFILTER_COSINE) {
          if (count == gathered.length) {
            gathered = java.util.Arrays.copyOf(gathered, 2 * count);
          }
          gathered[count++] = key(i, best[a]);
        }
      }
    }
    // A partial quotation ("continued to outpace our expectations") is far in meaning from the
    // sentence it was cut from (cosine 0.32 to it in MiniLM): found whole in another outlet's
    // quotation of the same speaker, the two are scored too.
    // (by distinct text: a quotation repeated across fifty reports is searched once)
    String[] plainText = new String[d];
    boolean[] quoted = new boolean[d];
    List<List<Integer>> unitsOfText = new ArrayList<>();
    for (int t = 0; t < d; t++) {
      plainText[t] = plain(distinct.get(t));
      unitsOfText.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      if (units.get(i).quote() && units.get(i).speaker() != null) {
        quoted[tid[i]] = true;
        unitsOfText.get(tid[i]).add(i);
      }
    }
    String[] padded = new String[d];
    for (int t = 0; t < d; t++) {
      padded[t] = " " + plainText[t] + " ";
    }
    List<List<Long>> inside = java.util.stream.IntStream.range(0, d).parallel().mapToObj(t -> {
      int words = plainText[t].isEmpty() ? 0 : plainText[t].split(" ").length;
      List<Long> found = new ArrayList<>();
      if (!quoted[t] || words < 4 || words > 14) {
        return found;
      }
      for (int o = 0; o < d; o++) {
        if (o == t || !quoted[o] || plainText[o].length() <= plainText[t].length()
            || !padded[o].contains(padded[t])) {
          continue;
        }
        for (int i : unitsOfText.get(t)) {
          for (int j : unitsOfText.get(o)) {
            if (art[i] != art[j] && sameSpeaker(units.get(i), units.get(j))) {
              found.add(key(i, j));
            }
          }
        }
      }
      return found;
    }).toList();
    long[] partial = inside.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
    long[] pairList = java.util.stream.LongStream.concat(
        java.util.Arrays.stream(gathered, 0, count), java.util.Arrays.stream(partial))
        .sorted().distinct().toArray();
    // The score is symmetric and depends on the two texts alone.
    // (each distinct pair of texts numbered in order of first appearance, in a map of plain longs)
    long[] textPairList = new long[pairList.length];
    int[] textPairOf = new int[pairList.length];
    int textPairCount = 0;
    PairMap textPairIndex = new PairMap();
    for (int k = 0; k < pairList.length; k++) {
      long tp = key(tid[(int) (pairList[k] >>> 32)], tid[(int) pairList[k]]);
      double at = textPairIndex.get(tp, -1);
      if (at < 0) {
        at = textPairCount;
        textPairIndex.put(tp, at);
        textPairList[textPairCount++] = tp;
      }
      textPairOf[k] = (int) at;
    }
    double[] textPairScores = new double[textPairCount];
    java.util.stream.IntStream.range(0, textPairScores.length).parallel().forEach(k -> {
      long tp = textPairList[k];
      textPairScores[k] = scorer.score(distinctSides[(int) (tp >>> 32)],
          distinctSides[(int) tp], idf);
    });
    double[] pairScores = new double[pairList.length];
    for (int k = 0; k < pairList.length; k++) {
      pairScores[k] = textPairScores[textPairOf[k]];
    }
    List<String> outletOfArticle = new ArrayList<>();
    for (Input x : articles) {
      outletOfArticle.add(x.outlet() == null ? x.id() : x.outlet());
    }
    // Figures and plain words of a unit's text, read once however many pairs ask.
    Map<String, List<Quantities.Quantity>> figures = new HashMap<>();
    Map<String, String> plainTexts = new HashMap<>();
    List<Link> misattributed = new ArrayList<>();
    Set<String> people = new HashSet<>();
    for (Input x : articles) {
      x.entities().stream().filter(e -> e.type().equals("person")).forEach(e -> people.add(e.name()));
    }
    // (the pairs' cosines first, in parallel; the links below go in order)
    double[] pairCosines = java.util.stream.IntStream.range(0, pairList.length).parallel()
        .mapToDouble(k -> Embedder.dot(vectors[(int) (pairList[k] >>> 32)],
            vectors[(int) pairList[k]])).toArray();
    for (int k = 0; k < pairList.length; k++) {
      long pair = pairList[k];
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      double cos = pairCosines[k];
      double p = pairScores[k];
      scores.put(pair, p);
      cosines.put(pair, cos);
      // Two people's words are two statements however alike: neither makes the other's
      // "reported elsewhere".
      // Nor does the outlet's own other article: only-here is per outlet.
      if (!otherSpeakers(units.get(i), units.get(j))
          && !outletOfArticle.get(art[i]).equals(outletOfArticle.get(art[j]))) {
        bestElsewhere[i] = Math.max(bestElsewhere[i], p);
        bestElsewhere[j] = Math.max(bestElsewhere[j], p);
      }
      if (otherPeople(people, units.get(i), units.get(j))
          && !outletOfArticle.get(art[i]).equals(outletOfArticle.get(art[j]))
          && sameWords(plainTexts, units.get(i).text(), units.get(j).text())) {
        misattributed.add(new Link(i, j, p));
      }
      if (p >= scorer.threshold() && compatible(units.get(i), units.get(j))) {
        links.add(new Link(i, j, p));
      } else if ((sameSpeaker(units.get(i), units.get(j))
          && ((p >= WEAK_SCORE && cos >= WEAK_COSINE) || (p >= HALF_SCORE && cos >= HALF_COSINE)
              || (cos >= FIGURE_COSINE && sameFigure(figures, units.get(i).text(),
                  units.get(j).text()))
              || quotedInside(plainTexts, units.get(i).text(), units.get(j).text())))
          || (!units.get(i).quote() && !units.get(j).quote()
          && p >= MIN_INSIDE && cos >= CLAIM_COSINE)) {
        candidates.add(new Link(i, j, cos));
      }
    }
    // "the government would examine the bid closely, in particular its consequences for jobs" /
    // "the government would look at the bid carefully" (cosine 0.69, score 0.23), both the
    // minister's: of one speaker's words in two articles, each the other's closest in meaning
    // is the same statement, when near enough, as a speaker rarely says two things that alike.
    // Only where neither unit has a partner in the other's article yet.
    Set<Long> partnered = new HashSet<>();
    for (List<Link> ls : List.of(links, candidates)) {
      for (Link l : ls) {
        partnered.add(((long) l.a() << 32) | art[l.b()]);
        partnered.add(((long) l.b() << 32) | art[l.a()]);
      }
    }
    Map<String, List<Integer>> bySpeaker = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Unit u = units.get(i);
      if (u.quote() && u.speaker() != null && !vague(u.speaker())) {
        bySpeaker.computeIfAbsent(u.speaker(), k -> new ArrayList<>()).add(i);
      }
    }
    int articleCount = articles.size();
    List<Link> mutual = new ArrayList<>();
    for (List<Integer> said : bySpeaker.values()) {
      // (a speaker quoted at length says several things on one subject, each near the others:
      // only a speaker quoted once or twice in each of the two articles is paired so)
      int[] perArticle = new int[articleCount];
      said.forEach(i -> perArticle[art[i]]++);
      int k = said.size();
      // each unit's closest unit of the speaker in each other article, by cosine
      int[][] nearest = new int[k][articleCount];
      float[][] nearestCos = new float[k][articleCount];
      for (int x = 0; x < k; x++) {
        java.util.Arrays.fill(nearest[x], -1);
        java.util.Arrays.fill(nearestCos[x], -2f);
      }
      for (int x = 0; x < k; x++) {
        int i = said.get(x);
        if (perArticle[art[i]] > 2) {
          continue;
        }
        for (int y = x + 1; y < k; y++) {
          int j = said.get(y);
          if (art[i] == art[j] || perArticle[art[j]] > 2) {
            continue;
          }
          float c = (float) Embedder.dot(vectors[i], vectors[j]);
          if (c > nearestCos[x][art[j]]) {
            nearestCos[x][art[j]] = c;
            nearest[x][art[j]] = y;
          }
          if (c > nearestCos[y][art[i]]) {
            nearestCos[y][art[i]] = c;
            nearest[y][art[i]] = x;
          }
        }
      }
      for (int x = 0; x < k; x++) {
        int i = said.get(x);
        for (int b = 0; b < articleCount; b++) {
          int y = nearest[x][b];
          if (y <= x || nearest[y][art[i]] != x || nearestCos[x][b] < MUTUAL_COSINE) {
            continue;
          }
          int j = said.get(y);
          if (partnered.contains(((long) i << 32) | b)
              || partnered.contains(((long) j << 32) | art[i])) {
            continue;
          }
          double p = scored(scores, i, j, sides, idf, scorer);
          // (and they share a word of what was said, not a name: "the government would
          // examine the bid" / "look at the bid"; else the score must say more)
          if (p >= MUTUAL_SCORE && (p >= MUTUAL_SCORE_ALONE
              || sharedWord(sides.get(i), sides.get(j)))) {
            mutual.add(new Link(i, j, nearestCos[x][b]));
          }
        }
      }
    }
    candidates.addAll(mutual);
    // Two renderings of one answer by the same speaker (a translation and a paraphrase of it)
    // often score below the paraphrase threshold, which MSRP sets for near-equivalence. After
    // the confident links, such pairs are taken by closeness of meaning, and only when neither
    // side has found a partner in the other article (one unit per article in a statement).
    links.sort(Comparator.comparingDouble(Link::p).reversed()
        .thenComparingInt(Link::a).thenComparingInt(Link::b));
    candidates.sort(Comparator.comparingDouble(Link::p).reversed() // by cosine
        .thenComparingInt(Link::a).thenComparingInt(Link::b));
    for (Link c : candidates) {
      links.add(c);
      weak.add(key(c.a(), c.b()));
    }
    // A pair two groups would join that was not scored (each unit's closest in an article is;
    // a fourth outlet's rendering may be no one's closest) is scored when asked, not taken for
    // unrelated.
    // (MiniLM puts "We are on the surface of Marisol and Tessaly is healthy" and "We are on
    // Marisol's surface and the spacecraft is healthy" at a cosine of 0.47, "Tessaly is on the
    // surface …" at 0.39: the floor here is lower than the first pass's.)
    PairScores scored = new PairScores() {
      @Override
      public double known(int i, int j) {
        return scores.get(key(i, j), Double.NaN);
      }

      @Override
      public double of(int i, int j) {
        double p = known(i, j);
        if (Double.isNaN(p)) {
          p = Embedder.dot(vectors[i], vectors[j]) < ON_DEMAND_COSINE ? 0
              : scorer.score(sides.get(i), sides.get(j), idf);
          scores.put(key(i, j), p);
        }
        return p;
      }
    };
    int[] group = new int[n];
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      group[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    for (Link l : links) {
      int ga = group[l.a()];
      int gb = group[l.b()];
      if (ga == gb
          || !mergeable(members.get(ga), members.get(gb), units, scored, weak, plainTexts)) {
        continue;
      }
      for (int m : members.get(gb)) {
        group[m] = ga;
      }
      members.get(ga).addAll(members.get(gb));
      members.get(gb).clear();
    }
    List<Statement> statements = new ArrayList<>();
    Set<Integer> aligned = new HashSet<>();
    for (List<Integer> g : members) {
      if (g.size() < 2) {
        continue;
      }
      g.sort(Comparator.comparingInt(i -> art[i]));
      // Aligned for coverage when another outlet renders it: an outlet's two articles saying
      // one thing leave it that outlet's alone.
      if (g.stream().map(i -> outletOfArticle.get(art[i])).distinct().count() > 1) {
        aligned.addAll(g);
      }
      statements.add(statement(g, units, sides, scored, weak));
    }
    List<Coverage> coverage = coverage(articles, unitsByArticle, units, statements, aligned,
        bestElsewhere, scores, cosines, vectors);
    if (!misattributed.isEmpty()) {
      // The same words given to two named people: which outlet has the speaker wrong is for
      // the reader to check, and each side shows it.
      List<Coverage> withSpeakers = new ArrayList<>();
      for (int c = 0; c < coverage.size(); c++) {
        Coverage cv = coverage.get(c);
        List<String> conflicts = new ArrayList<>(cv.conflicts());
        for (Link l : misattributed) {
          for (int[] side : new int[][] {{l.a(), l.b()}, {l.b(), l.a()}}) {
            Unit own = units.get(side[0]);
            Unit other = units.get(side[1]);
            if (own.article().equals(cv.article())) {
              conflicts.add(String.format(Locale.ROOT, "%s: %s; %s: %s", outletOfArticle.get(art[side[0]]),
                  own.speaker(), outletOfArticle.get(art[side[1]]), other.speaker())
                  + " — \"" + own.text() + "\"");
            }
          }
        }
        withSpeakers.add(new Coverage(cv.article(), cv.onlyHere(), cv.onlyHereNames(),
            cv.onlyHereNumbers(), cv.omits(), List.copyOf(new LinkedHashSet<>(conflicts))));
      }
      coverage = withSpeakers;
    }
    return new Result(statements, coverage, unitsByArticle);
  }

  /**
   * Each named speaker as a reporter refers to them: a body as "it", a person by the pronouns
   * the story's articles use for them ("she" when they say "she" or "her" more than "he").
   */
  private static Map<String, ReportedSpeech.Person> persons(List<Input> articles) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, ReportedSpeech.Person> out = new HashMap<>();
    for (Input a : articles) {
      for (Entity e : a.entities()) {
        if (e.type().equals("organization")) {
          out.put(e.name(), ReportedSpeech.Person.IT);
          continue;
        }
        int[] c = counts.computeIfAbsent(e.name(), k -> new int[2]);
        for (String m : e.mentions()) {
          String lower = m.toLowerCase(Locale.ROOT);
          c[0] += lower.equals("he") || lower.equals("his") || lower.equals("him") ? 1 : 0;
          c[1] += lower.equals("she") || lower.equals("her") ? 1 : 0;
        }
      }
    }
    counts.forEach((name, c) -> out.putIfAbsent(name,
        c[1] > c[0] ? ReportedSpeech.Person.SHE : ReportedSpeech.Person.HE));
    return out;
  }

  /** Distinct text {@code t}'s closest unit in every article, by its cosine row. */
  private static void closestIn(float[] row, int t, int[] tid, int[] art, int outlets,
      int[][] closest, float[][] closestCos) {
    int[] best = new int[outlets];
    float[] bestCos = new float[outlets];
    java.util.Arrays.fill(best, -1);
    java.util.Arrays.fill(bestCos, -2f);
    for (int j = 0; j < tid.length; j++) {
      float c = row[tid[j]];
      if (c > bestCos[art[j]]) {
        bestCos[art[j]] = c;
        best[art[j]] = j;
      }
    }
    closest[t] = best;
    closestCos[t] = bestCos;
  }

  private static boolean otherSpeakers(Unit a, Unit b) {
    return a.quote() && b.quote() && a.speaker() != null && b.speaker() != null
        && !sameVoice(a.speaker(), b.speaker());
  }

  private static boolean sameSpeaker(Unit a, Unit b) {
    return a.quote() && b.quote() && a.speaker() != null && b.speaker() != null
        && sameVoice(a.speaker(), b.speaker());
  }

  /**
   * One speaker, by name, or by two descriptions of one kind: a speaker no outlet names stays as
   * each wrote it ("the seafarers' union", "the union"), and descriptions with the same head
   * noun are, within one story, the same voice.
   */
  static boolean sameVoice(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    // (asked for every pair of units two speakers quoted: once per pair of names is enough)
    // (a pair of the names themselves, whose hashes strings keep: no key string is built)
    Voices key = a.compareTo(b) < 0 ? new Voices(a, b) : new Voices(b, a);
    Boolean known = SAME_VOICE.get(key);
    if (known == null) {
      known = sameVoiceOnce(a, b);
      if (SAME_VOICE.size() > CACHE_LIMIT) {
        SAME_VOICE.clear();
      }
      SAME_VOICE.put(key, known);
    }
    return known;
  }

  private static boolean sameVoiceOnce(String a, String b) {
    if (description(a) != description(b)) {
      // "The council" in one outlet, "Carrick Council" in another: a description whose head
      // ends the other's name.
      String d = description(a) ? a : b;
      String name = description(a) ? b : a;
      String h = head(d);
      // "A spokesperson for the software supplier, Medisys" speaks for Medisys.
      String[] dw = d.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
      String role = dw.length > 1 && (dw[0].equals("a") || dw[0].equals("an")
          || dw[0].equals("the")) ? dw[1] : dw.length > 0 ? dw[0] : "";
      if (SPEAKS_FOR_BODY.contains(role) && containsWords(d, name)) {
        return true;
      }
      // "the 63-year-old", "she": a person the outlet left unnamed there may be the one another
      // names (the words decide).
      if (d.toLowerCase(Locale.ROOT).matches("(?:the |a |an )?\\d+-year-old")
          || PRONOUNS.contains(d.toLowerCase(Locale.ROOT))) {
        return true;
      }
      return h.length() > 3 && d.split("\\s+").length <= 3
          && name.toLowerCase(Locale.ROOT).endsWith(" " + h);
    }
    if (!description(a)) {
      return false;
    }
    Voice va = voice(a);
    Voice vb = voice(b);
    // "officials said" and "the statement said" name no one: the fire service one outlet
    // names may be whom another calls officials.
    if (va.vague() || vb.vague()) {
      return true;
    }
    if (!va.head().equals(vb.head())) {
      // "union officials" speak for "the union", "company officials" for "the company".
      return va.head().length() > 3 && vb.head().length() > 3
          && (vb.words().contains(va.head()) || va.words().contains(vb.head()))
          && (va.named().isEmpty() || vb.named().isEmpty()
              || !java.util.Collections.disjoint(va.named(), vb.named()));
    }
    // "Russian officials" and "U.S. officials" are two voices.
    return va.named().isEmpty() || vb.named().isEmpty()
        || va.named().stream().anyMatch(vb.named()::contains);
  }

  /** A description's head noun and the names modifying it, read once per description. */
  private record Voice(String head, Set<String> named, Set<String> words) {
    boolean vague() {
      if (!named.isEmpty() || !VAGUE.contains(head)) {
        return false;
      }
      // "officials", "the statement", "local officials"; not "fire officials", which says whose
      for (String w : words) {
        if (!w.equals(head) && !VAGUE_MODIFIERS.contains(w)) {
          return false;
        }
      }
      return true;
    }

    static Voice of(String description) {
      String head = StoryComparison.head(description);
      // The head noun is what both share, not a name ("the Pebrasa Bulletin", "the Mabeka
      // Bulletin" are two voices).
      Set<String> named = new HashSet<>(capitalizedWords(description));
      named.removeIf(w -> w.equalsIgnoreCase(head));
      return new Voice(head, named, Set.copyOf(descriptionWords(description)));
    }
  }

  private static boolean vague(String speaker) {
    return description(speaker) && voice(speaker).vague();
  }

  /** Whether {@code words} stand in {@code text} whole, not inside a longer word. */
  private static boolean containsWords(String text, String words) {
    if (words.isEmpty()) {
      return false;
    }
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      int end = i + words.length();
      if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** What stories count many times over: no sign by itself that two counts are one. */
  private static final Set<String> COMMON_UNITS = Set.of("person", "percent", "dollar", "euro",
      "pound", "year", "month", "week", "day", "hour", "minute", "second", "time", "worker",
      "job", "child", "home", "km", "metre", "mile", Quantities.PERCENTAGE_POINT,
      Quantities.TALLY_UNIT, "member", "vote", "seat", "case", "death", "injured", "crown",
      "kronor", "yen", "franc", "rouble", "ruble", "yuan", "rupee");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her",
      "his", "hers", "its", "them", "their", "we", "us", "our", "you", "i", "me", "my");
  private static final Set<String> SPEAKS_FOR_BODY = Set.of("spokesman", "spokeswoman",
      "spokesperson", "spokespeople", "spokesmen", "representative", "representatives",
      "official", "officials", "statement");

  private static final Set<String> VAGUE_MODIFIERS = Set.of("", "the", "a", "an", "local",
      "some", "several", "other", "senior", "unnamed", "anonymous");
  private static final Set<String> VAGUE = Set.of("officials", "authorities", "statement",
      "sources", "spokesman", "spokeswoman", "spokesperson");

  // Shared by the threads comparing a story, and by the stories of a process: bounded by
  // clearing, which only costs recomputation.
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<String, Voice> VOICES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<Voices, Boolean> SAME_VOICE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record Voices(String first, String second) {}

  private static Voice voice(String description) {
    Voice v = VOICES.get(description);
    if (v == null) {
      v = Voice.of(description);
      if (VOICES.size() > CACHE_LIMIT) {
        VOICES.clear();
      }
      VOICES.put(description, v);
    }
    return v;
  }

  private static Set<String> capitalizedWords(String description) {
    Set<String> out = new HashSet<>();
    String[] words = description.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
        out.add(words[i].replaceAll("[’']s$", ""));
      }
    }
    if (words.length > 0 && !words[0].isEmpty() && Character.isUpperCase(words[0].charAt(0))
        && !Set.of("The", "A", "An").contains(words[0])) {
      out.add(words[0]);
    }
    return out;
  }

  private static List<String> descriptionWords(String description) {
    return List.of(description.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
  }

  private static boolean description(String speaker) {
    return !speaker.isEmpty() && (Character.isLowerCase(speaker.charAt(0))
        || speaker.startsWith("The ") || speaker.startsWith("A ") || speaker.startsWith("An ")
        // "Officials", "Experts": a plural common noun capitalized only as it opens a sentence
        || speaker.matches("\\p{Lu}\\p{Ll}+s"));
  }

  private static String head(String description) {
    String[] words = description.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
    return words.length == 0 ? "" : words[words.length - 1];
  }

  /** Numbers each value by its first occurrence, adding the distinct values to {@code distinct}. */
  private static <T> int[] intern(List<T> values, List<T> distinct) {
    Map<T, Integer> ids = new HashMap<>();
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(values.get(i), v -> {
        distinct.add(v);
        return distinct.size() - 1;
      });
    }
    return out;
  }

  private static long key(int i, int j) {
    return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
  }

  /** Quotes link to quotes of the same (or an unknown) speaker; claims to claims. */
  private static boolean compatible(Unit a, Unit b) {
    if (a.quote() != b.quote()) {
      return false;
    }
    return a.speaker() == null || b.speaker() == null || sameVoice(a.speaker(), b.speaker());
  }

  /** Whether two sides share a content word of four letters or more that names no one. */
  private static boolean sharedWord(PairFeatures.Side a, PairFeatures.Side b) {
    Set<String> names = new HashSet<>();
    for (PairFeatures.Side x : List.of(a, b)) {
      for (String n : x.names()) {
        names.add(n);
        names.add(n.length() > 4 ? n.substring(0, n.length() - 1) : n);
      }
    }
    for (String w : a.content()) {
      if (w.length() >= 4 && b.content().contains(w) && !Character.isDigit(w.charAt(0))
          && names.stream().noneMatch(n -> n.startsWith(w) || w.startsWith(n))) {
        return true;
      }
    }
    return false;
  }

  /** A pair's score, scored now and kept when it was not scored before. */
  private static double scored(PairMap scores, int i, int j, List<PairFeatures.Side> sides,
      PairFeatures.Idf idf, ParaphraseScorer scorer) {
    double p = scores.get(key(i, j), Double.NaN);
    if (Double.isNaN(p)) {
      p = scorer.score(sides.get(i), sides.get(j), idf);
      scores.put(key(i, j), p);
    }
    return p;
  }

  /** A unit pair's score, however found. */
  private interface PairScores {
    /** The score if the pair was scored, else NaN. */
    double known(int i, int j);

    double of(int i, int j);
  }

  private static boolean mergeable(List<Integer> a, List<Integer> b, List<Unit> units,
      PairScores scores, Set<Long> weak, Map<String, String> plainTexts) {
    Set<String> articles = new HashSet<>();
    for (int i : a) {
      articles.add(units.get(i).article());
    }
    for (int j : b) {
      if (articles.contains(units.get(j).article())) {
        return false;
      }
    }
    // What is known first: a pair already scored low, or two speakers, settles it before any
    // pair is scored on demand.
    for (int i : a) {
      for (int j : b) {
        double known = scores.known(i, j);
        if (!compatible(units.get(i), units.get(j))
            || !Double.isNaN(known) && known < MIN_INSIDE && !weak.contains(key(i, j))
                && !quotedIn(i, b, units, plainTexts) && !quotedIn(j, a, units, plainTexts)) {
          return false;
        }
      }
    }
    for (int i : a) {
      for (int j : b) {
        if (!weak.contains(key(i, j)) && scores.of(i, j) < MIN_INSIDE
            && !quotedIn(i, b, units, plainTexts) && !quotedIn(j, a, units, plainTexts)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a quotation stands whole in, or holds whole, the same speaker's quotation in the
   * group: "did exactly what they are trained to do", quoted by two outlets, is the airline's
   * full sentence that three others quote, a translation among them, which the fragment could
   * never score near by itself.
   */
  private static boolean quotedIn(int i, List<Integer> group, List<Unit> units,
      Map<String, String> plainTexts) {
    Unit u = units.get(i);
    if (!u.quote() || u.speaker() == null) {
      return false;
    }
    for (int k : group) {
      Unit v = units.get(k);
      if (v.quote() && sameSpeaker(u, v) && inside(plainTexts, u.text(), v.text(), 4)) {
        return true;
      }
    }
    return false;
  }

  private static Statement statement(List<Integer> g, List<Unit> units,
      List<PairFeatures.Side> sides, PairScores scores, Set<Long> weak) {
    boolean byWeak = false;
    for (int x = 0; x < g.size(); x++) {
      for (int y = x + 1; y < g.size(); y++) {
        byWeak |= weak.contains(key(g.get(x), g.get(y)));
      }
    }
    double min = 1;
    double minCos = 1;
    for (int x = 0; x < g.size(); x++) {
      for (int y = x + 1; y < g.size(); y++) {
        min = Math.min(min, scores.of(g.get(x), g.get(y)));
        minCos = Math.min(minCos, PairFeatures.dot(sides.get(g.get(x)).embedding(),
            sides.get(g.get(y)).embedding()));
      }
    }
    Map<String, Integer> speakers = new LinkedHashMap<>();
    List<Variant> variants = new ArrayList<>();
    Set<String> shared = null;
    for (int i : g) {
      Unit u = units.get(i);
      variants.add(new Variant(u.article(), u.text(), u.start(), u.end(), u.position()));
      if (u.speaker() != null) {
        speakers.merge(u.speaker(), 1, Integer::sum);
      }
      Set<String> words = new LinkedHashSet<>();
      for (String w : sides.get(i).words()) {
        if (w.length() > 3 && sides.get(i).content().stream().anyMatch(w::startsWith)) {
          words.add(w);
        }
      }
      if (shared == null) {
        shared = words;
      } else {
        shared.retainAll(words);
      }
    }
    // The most frequent speaker; on a tie, one that names someone over "officials".
    String speaker = speakers.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> !vague(e.getKey())))
        .map(Map.Entry::getKey).orElse(null);
    List<String> evidence = new ArrayList<>();
    evidence.add(String.format(Locale.ROOT, "pair score %.2f (lowest), meaning %.2f (lowest)",
        min, minCos));
    if (shared != null && !shared.isEmpty()) {
      evidence.add("shared words: " + String.join(", ", shared.stream().limit(8).toList()));
    }
    if (speaker != null) {
      evidence.add("same speaker: " + speaker);
    }
    if (byWeak) {
      evidence.add("same speaker; the closest rendering left in the other article");
    }
    return new Statement(speaker, List.copyOf(variants), min, evidence);
  }

  private static List<Coverage> coverage(List<Input> articles,
      Map<String, List<Unit>> unitsByArticle, List<Unit> units, List<Statement> statements,
      Set<Integer> aligned, double[] bestElsewhere, PairMap scores,
      PairMap cosines, float[][] vectors) {
    Map<Unit, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      indexOf.put(units.get(i), i);
    }
    // Each article's figures, by what they count, read once.
    Map<String, Map<String, List<Located>>> quantities = new HashMap<>();
    Map<Unit, List<Quantities.Quantity>> quantitiesOf = new HashMap<>();
    // A reported clause's figures and its source's ("according to a study of 48,000 adults,
    // …") are the sentence's.
    // (syndicated and reworded copy repeats sentences: each distinct text is read once)
    Map<String, List<Quantities.Quantity>> readOnce = new java.util.concurrent.ConcurrentHashMap<>();
    List<List<List<Quantities.Quantity>>> read = articles.parallelStream()
        .map(x -> unitsByArticle.get(x.id()).stream()
            .map(u -> read(u.quote() && u.start() >= 0 ? ownSentence(x, u) : u.text(), readOnce,
                Quantities::of))
            .toList())
        .toList();
    for (int a = 0; a < articles.size(); a++) {
      Input x = articles.get(a);
      Map<String, List<Located>> byUnit = new HashMap<>();
      List<Unit> own = unitsByArticle.get(x.id());
      for (int m = 0; m < own.size(); m++) {
        Unit u = own.get(m);
        List<Quantities.Quantity> found = read.get(a).get(m);
        quantitiesOf.put(u, found);
        for (Quantities.Quantity q : found) {
          byUnit.computeIfAbsent(q.unit(), k -> new ArrayList<>())
              .add(new Located(q, u, indexOf.get(u)));
        }
      }
      quantities.put(x.id(), byUnit);
    }
    // (by unit index: the conflicts look them up for every pair of figures)
    List<Set<String>> stemsOf = new ArrayList<>(units.size());
    Map<String, Set<String>> stemsOnce = new HashMap<>();
    for (Unit u : units) {
      List<Quantities.Quantity> q = quantitiesOf.get(u);
      stemsOf.add(q == null || q.isEmpty() ? null : read(u.text(), stemsOnce, Quantities::stems));
    }
    // Each variant's facts are read once, not once for every article it is compared from.
    Map<Variant, Facts> facts = new HashMap<>();
    for (Statement st : statements) {
      for (Variant v : st.variants()) {
        facts.put(v, Facts.of(v.text(),
            quantitiesOf.get(unitsByArticle.get(v.article()).get(v.unit()))));
      }
    }
    // Whom each unit loosely matches, by article: "does this article have anything like it"
    // is then one look-up, not one per pair of units.
    Map<String, Integer> articleIndex = new HashMap<>();
    for (Input x : articles) {
      articleIndex.put(x.id(), articleIndex.size());
    }
    int[] articleOf = new int[units.size()];
    for (int i = 0; i < units.size(); i++) {
      articleOf[i] = articleIndex.get(units.get(i).article());
    }
    java.util.BitSet[] looseIn = new java.util.BitSet[units.size()];
    for (int i = 0; i < looseIn.length; i++) {
      looseIn[i] = new java.util.BitSet(articles.size());
    }
    scores.forEach((pair, p) -> {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      if (p >= ABSENT && !otherSpeakers(units.get(i), units.get(j))) {
        looseIn[i].set(articleOf[j]);
        looseIn[j].set(articleOf[i]);
      }
    });
    // A unit most of whose telling words and figures one unit of another article has says
    // nothing that article lacks ("The vote was 5-2." / "The committee voted 5-2 to lower
    // the rate"), however the scorer, fitted to whole-sentence paraphrase, rates the pair.
    java.util.BitSet[] contained = containedIn(units, articleOf, articles.size());
    for (int i = 0; i < looseIn.length; i++) {
      looseIn[i].or(contained[i]);
    }
    List<String> outletOfArticle = articles.stream()
        .map(x -> x.outlet() == null ? x.id() : x.outlet()).toList();
    List<int[]> statementUnits = new ArrayList<>();
    List<Set<String>> statementOutlets = new ArrayList<>();
    for (Statement st : statements) {
      Set<String> outlets = new HashSet<>();
      int[] idx = new int[st.variants().size()];
      for (int k = 0; k < idx.length; k++) {
        Variant v = st.variants().get(k);
        outlets.add(v.article());
        idx[k] = indexOf.get(unitsByArticle.get(v.article()).get(v.unit()));
      }
      statementUnits.add(idx);
      statementOutlets.add(outlets);
    }
    // Words and figures by how many articles hold them, so "in no other outlet" is a count.
    List<String> lowerBodies = articles.stream().map(x -> x.body().toLowerCase(Locale.ROOT))
        .toList();
    List<Set<String>> wordsOf = lowerBodies.parallelStream().map(StoryComparison::words).toList();
    List<List<Figure>> figureListOf = articles.parallelStream().map(x -> figureList(x.body()))
        .toList();
    List<Set<String>> figuresOf = java.util.stream.IntStream.range(0, articles.size()).parallel()
        .mapToObj(k -> figures(articles.get(k).body(), figureListOf.get(k))).toList();
    // Each body's bare numbers, read once for every article's conflicts.
    Map<String, Set<String>> bodyNumbers = new HashMap<>();
    List<Set<String>> numbersOf = articles.parallelStream().map(x -> numbers(x.body())).toList();
    for (int a = 0; a < articles.size(); a++) {
      bodyNumbers.put(articles.get(a).id(), numbersOf.get(a));
    }
    Map<String, Integer> wordArticles = new HashMap<>();
    Map<String, Integer> figureArticles = new HashMap<>();
    wordsOf.forEach(w -> w.forEach(x -> wordArticles.merge(x, 1, Integer::sum)));
    figuresOf.forEach(f -> f.forEach(x -> figureArticles.merge(x, 1, Integer::sum)));
    // Each article's opening units that give the event a weekday, read once.
    Map<String, Map<Unit, Set<String>>> openingDays = new HashMap<>();
    for (Input x : articles) {
      Map<Unit, Set<String>> days = new LinkedHashMap<>();
      for (Unit u : unitsByArticle.get(x.id())) {
        if (opening(x, u)) {
          Set<String> d = eventDays(u.text());
          if (!d.isEmpty()) {
            days.put(u, d);
          }
        }
      }
      openingDays.put(x.id(), days);
    }
    // Articles are independent here: each one's coverage reads the shared results only.
    return articles.parallelStream().map(a -> {
      List<String> onlyHere = new ArrayList<>();
      String ownOutlet = a.outlet() == null ? a.id() : a.outlet();
      for (Unit u : unitsByArticle.get(a.id())) {
        int i = indexOf.get(u);
        boolean elsewhere = false;
        for (int b = contained[i].nextSetBit(0); b >= 0 && !elsewhere;
            b = contained[i].nextSetBit(b + 1)) {
          elsewhere = !outletOfArticle.get(b).equals(ownOutlet);
        }
        if (!aligned.contains(i) && bestElsewhere[i] < ABSENT && !elsewhere) {
          onlyHere.add(u.text());
        }
      }
      // Names and numbers that appear in no other outlet's text.
      int self = articleIndex.get(a.id());
      Set<String> ownWords = wordsOf.get(self);
      List<String> names = new ArrayList<>();
      for (Entity e : a.entities()) {
        boolean seen = false;
        for (String m : e.mentions()) {
          String[] parts = m.split("[^\\p{L}\\p{N}]+");
          String written = parts.length == 0 ? "" : parts[parts.length - 1];
          String last = spelling(written.toLowerCase(Locale.ROOT));
          // Only a mention that names: "she", "the company" or "the outgoing head" occur in
          // every report, which would make anyone referred to that way "reported elsewhere".
          boolean naming = !written.isEmpty() && Character.isUpperCase(written.codePointAt(0))
              && !PRONOUNS.contains(last);
          seen |= naming && last.length() > 2 && wordArticles.getOrDefault(last, 0)
              > (ownWords.contains(last) ? 1 : 0);
        }
        if (!seen) {
          // A name whose last word is nowhere else may still be written whole elsewhere.
          String name = e.name().toLowerCase(Locale.ROOT);
          for (int k = 0; k < lowerBodies.size() && !seen; k++) {
            seen = k != self && lowerBodies.get(k).contains(name);
          }
        }
        // "told Science Post": the outlet naming itself reports no one new.
        if (!seen && !e.type().equals("place") && !e.name().equalsIgnoreCase(a.outlet())) {
          names.add(e.name());
        }
      }
      Set<String> numbers = new LinkedHashSet<>();
      Set<String> ownFigures = figuresOf.get(self);
      for (Figure f : figureListOf.get(self)) {
        if (figureArticles.getOrDefault(f.key(), 0) <= (ownFigures.contains(f.key()) ? 1 : 0)) {
          numbers.add(f.shown());
        }
      }
      List<String> conflicts = conflicts(a, articles, statements, facts, bodyNumbers);
      Set<Unit> disputed = new HashSet<>();
      conflicts.addAll(quantityConflicts(a, articles, unitsByArticle, conflicts, quantities,
          quantitiesOf, indexOf, scores, cosines, stemsOf, vectors, disputed));
      conflicts.addAll(openingDayConflicts(a, articles, openingDays, conflicts, indexOf,
          cosines, vectors));
      conflicts.addAll(spellingConflicts(a, articles));
      // "2.100 operations postponed" against the others' 1,200: a fact the outlet gives with
      // another figure is a conflict, not an omission.
      Set<Integer> disputedIdx = new HashSet<>();
      disputed.forEach(u -> disputedIdx.add(indexOf.get(u)));
      List<String> omits = omits(a, self, articles, unitsByArticle, statements, statementUnits,
          statementOutlets, aligned, indexOf, looseIn, disputedIdx);
      return new Coverage(a.id(), onlyHere, names, List.copyOf(numbers), omits, conflicts);
    }).toList();
  }

  /** A figure: a time of day is one ("7:52 a.m.", "8 p.m."), not two numbers. */
  private static final Pattern NUMBER = Pattern.compile(
      "\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.m\\.|[ap]m\\b)|\\d{1,2}:\\d{2}"
          + "|\\d{1,2}\\s?(?:[ap]\\.m\\.|[ap]m\\b)"
          + "|(?<![\\d.,])(?:" + Numerals.PATTERN + ")(?![\\d])"
          + "|\\d[\\d,.]*\\d|\\d");

  /**
   * What at least half of the other outlets have (a statement they share, or a unit of theirs)
   * while nothing of this article matches it even loosely.
   */
  private static List<String> omits(Input a, int self, List<Input> articles,
      Map<String, List<Unit>> unitsByArticle, List<Statement> statements,
      List<int[]> statementUnits, List<Set<String>> statementOutlets, Set<Integer> aligned,
      Map<Unit, Integer> indexOf, java.util.BitSet[] looseIn, Set<Integer> disputed) {
    // Other outlets, not other articles: an outlet's own follow-up omits nothing it published
    // itself, and two of its articles are one outlet.
    Map<String, String> outletOf = new HashMap<>();
    for (Input x : articles) {
      outletOf.put(x.id(), x.outlet() == null ? x.id() : x.outlet());
    }
    String own = outletOf.get(a.id());
    int others = (int) articles.stream().map(x -> outletOf.get(x.id())).distinct()
        .filter(o -> !o.equals(own)).count();
    List<String> out = new ArrayList<>();
    for (int k = 0; k < statements.size(); k++) {
      Set<String> outlets = new HashSet<>();
      statementOutlets.get(k).forEach(id -> outlets.add(outletOf.getOrDefault(id, id)));
      if (!outlets.contains(own) && outlets.size() * 2 >= others && others > 0
          && !looselyMatched(self, statementUnits.get(k), looseIn)
          && java.util.Arrays.stream(statementUnits.get(k)).noneMatch(disputed::contains)) {
        out.add(statements.get(k).variants().get(0).text());
      }
    }
    if (others <= 2) { // one or two other outlets: a single outlet is half of them
      for (Input b : articles) {
        if (outletOf.get(b.id()).equals(own)) {
          continue;
        }
        for (Unit u : unitsByArticle.get(b.id())) {
          int i = indexOf.get(u);
          if (!aligned.contains(i) && !looseIn[i].get(self) && !disputed.contains(i)) {
            out.add(u.text());
          }
        }
      }
    }
    return out;
  }

  /** What {@code f} reads from a text, read once per distinct text in {@code once}. */
  private static <T> T read(String text, Map<String, T> once, java.util.function.Function<String, T> f) {
    T known = once.get(text);
    if (known == null) {
      known = f.apply(text);
      once.put(text, known);
    }
    return known;
  }

  /** How much of a unit's weight of telling words another unit must have to contain it. */
  static final double CONTAINED = 0.7;

  /**
   * For each unit, the articles with a unit that has most of its telling words and figures
   * (weighted by rarity in the story), two of them at least, of no other speaker's.
   */
  private static java.util.BitSet[] containedIn(List<Unit> units, int[] articleOf,
      int articleCount) {
    int n = units.size();
    Map<String, Set<String>> termsOnce = new java.util.concurrent.ConcurrentHashMap<>();
    List<Set<String>> terms = java.util.stream.IntStream.range(0, n).parallel()
        .mapToObj(i -> read(units.get(i).text(), termsOnce, StoryComparison::terms)).toList();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String x : terms.get(i)) {
        postings.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
      }
    }
    java.util.BitSet[] out = new java.util.BitSet[n];
    // (weights summed in an array per worker thread: a map of boxed sums per unit cost more
    // than the sums themselves)
    ThreadLocal<double[]> sums = ThreadLocal.withInitial(() -> new double[n]);
    java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
      out[i] = new java.util.BitSet(articleCount);
      Set<String> mine = terms.get(i);
      if (mine.size() < 2) {
        return;
      }
      double total = 0;
      double[] shared = sums.get();
      List<Integer> touched = new ArrayList<>();
      for (String x : mine) {
        List<Integer> post = postings.get(x);
        double w = Math.log((n + 1.0) / post.size());
        total += w;
        if (post.size() > 400) {
          continue; // a word half the story has tells little, and costs most
        }
        for (int j : post) {
          if (articleOf[j] != articleOf[i]) {
            if (shared[j] == 0) {
              touched.add(j);
            }
            shared[j] += w;
          }
        }
      }
      for (int j : touched) {
        if (total > 0 && shared[j] >= CONTAINED * total
            && !otherSpeakers(units.get(i), units.get(j))) {
          out[i].set(articleOf[j]);
        }
        shared[j] = 0;
      }
    });
    return out;
  }

  private static final Set<String> UNTELLING = Set.of("said", "says", "told", "tell", "according",
      "added", "would", "will", "could", "should", "also", "that", "this", "with", "from",
      "have", "been", "were", "their", "they", "which", "what", "when", "about", "after",
      "there", "than", "into", "more", "over", "some", "just", "only", "other", "while");

  /** A unit's stems of telling words (four letters or more) and its figures, by value. */
  private static Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    org.tartarus.snowball.ext.EnglishStemmer stemmer = new org.tartarus.snowball.ext.EnglishStemmer();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() < 4 || UNTELLING.contains(w)) {
        continue;
      }
      stemmer.setCurrent(spelling(w));
      stemmer.stem();
      out.add(stemmer.getCurrent());
    }
    figureList(text).forEach(f -> out.add("#" + f.key()));
    return out;
  }

  /** Whether article {@code self} has a unit loosely like one of {@code theirs}. */
  private static boolean looselyMatched(int self, int[] theirs, java.util.BitSet[] looseIn) {
    for (int j : theirs) {
      if (looseIn[j].get(self)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String lowerBody) {
    Set<String> out = new HashSet<>();
    for (String w : lowerBody.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(spelling(w));
      }
    }
    return out;
  }

  /**
   * "National Seismological Center" / "Centre": one word in British and American spelling is
   * one word when outlets are compared.
   */
  static String spelling(String lowerWord) {
    return SPELLINGS.getOrDefault(lowerWord, lowerWord);
  }

  private static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("center", "centre"), Map.entry("centers", "centres"),
      Map.entry("organization", "organisation"), Map.entry("organizations", "organisations"),
      Map.entry("defense", "defence"), Map.entry("labor", "labour"),
      Map.entry("program", "programme"), Map.entry("programs", "programmes"),
      Map.entry("theater", "theatre"), Map.entry("harbor", "harbour"),
      Map.entry("neighbor", "neighbour"), Map.entry("neighbors", "neighbours"),
      Map.entry("kilometer", "kilometre"), Map.entry("kilometers", "kilometres"),
      Map.entry("meter", "metre"), Map.entry("meters", "metres"), Map.entry("color", "colour"),
      Map.entry("honor", "honour"), Map.entry("favor", "favour"), Map.entry("gray", "grey"));

  private static Set<String> figures(String body, List<Figure> listed) {
    Set<String> out = new HashSet<>();
    listed.forEach(f -> out.add(f.key()));
    // "six crew" has the figure of another outlet's "6 crew members", though it lists no digits
    Matcher spelled = Quantities.SPELLED.matcher(body);
    while (spelled.find()) {
      Integer v = Quantities.spelledValue(spelled.group());
      if (v != null) {
        out.add(key(v));
      }
    }
    return out;
  }

  /** A figure as written, and the key that is the same however an outlet writes it. */
  private record Figure(String key, String shown) {
    Figure(String both) {
      this(both, both);
    }
  }

  /** A score or tally ("3-0", "312-288") or a telephone number is one token, else a number. */
  private static final Pattern FIGURE = Pattern.compile(
      "(?<![\\d.,])\\d+(?:[-–]\\d+)+(?![\\d,])|" + NUMBER.pattern());
  /** "1-800-555-0142": a telephone number is no figure of the story. */
  private static final Pattern PHONE = Pattern.compile(
      "\\d{1,4}(?:[-.]\\d{3,4}){2,}");
  /** A scale word, or a letter set right after the digits ("4.2M records", "$3B", "5k"). */
  private static final Pattern SCALE = Pattern.compile(
      "(?:\\s?(million|billion|trillion|thousand|bn|mn|mln|bln|m|Mio|Mrd|Mld|Tsd)s?|(M|B|k))\\b");
  /**
   * The figures of a text in order, a date whole and in one spelling ("Nov. 19" and "19
   * November" are both "November 19"), so that one outlet's date is not a bare "19" only it has.
   */
  private static List<Figure> figureList(String body) {
    List<Quantities.DateAt> dates = Quantities.dates(body);
    List<Figure> out = new ArrayList<>();
    int next = 0;
    Matcher m = FIGURE.matcher(body);
    int lineEnd = -2;
    while (m.find()) {
      while (next < dates.size() && dates.get(next).end() <= m.start()) {
        next++;
      }
      if (next < dates.size() && dates.get(next).start() <= m.start()) {
        Quantities.DateAt d = dates.get(next);
        out.add(new Figure(org.parallax.text.Months.name(d.month()) + " " + d.day()));
        continue;
      }
      String g = m.group();
      // "01632 960481", "0800 …": a number written with a leading zero is a code or a line,
      // and so are the digits right after it
      if (PHONE.matcher(g).matches() || g.length() >= 4 && g.charAt(0) == '0'
          && Character.isDigit(g.charAt(1)) || lineEnd > 0 && m.start() - lineEnd <= 1) {
        lineEnd = m.end();
        continue;
      }
      // "4300" / "4,300", "$1.2 billion" / "1,200 million dollars" / "£2,400,000" against
      // "£2.4 million": one figure by its value ("about 4 thousand people", as translations
      // write it, is 4,000 too).
      Matcher scale = SCALE.matcher(body).region(m.end(), body.length());
      boolean currency = m.start() > 0 && "$€£".indexOf(body.charAt(m.start() - 1)) >= 0;
      if (!Numerals.isNumber(g)) {
        out.add(new Figure(g));
      } else if (scale.lookingAt() && (scale.group(1) == null || !scale.group(1).equals("m")
          || currency)) {
        String word = scale.group(1) != null ? scale.group(1)
            : scale.group(2).equals("M") ? "million" : scale.group(2).equals("B") ? "billion"
                : "thousand";
        double v = Numerals.value(g) * Quantities.SCALE.get(word);
        out.add(new Figure(key(v), g + body.substring(m.end(), scale.end())));
      } else {
        out.add(new Figure(key(Numerals.value(g)), g));
      }
    }
    return out;
  }

  private static String key(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /**
   * Facts that differ between this article's variant of a statement and another's: numbers
   * ("about 300" against "about 350"), days and months (both name one, none in common: "on
   * Tuesday" against "on Wednesday"), and names spelt nearly alike but not the same ("Mazur"
   * against "Mazurek"), which is how outlets disagree on who someone is.
   */
  /** What a variant says that outlets can disagree on. */
  private record Facts(Set<String> numbers, Set<String> days, Set<String> names,
      List<Quantities.Quantity> quantities) {
    static Facts of(String text, List<Quantities.Quantity> quantities) {
      return new Facts(StoryComparison.numbers(text), StoryComparison.days(text),
          capitalized(text), quantities);
    }
  }

  private static List<String> conflicts(Input a, List<Input> articles, List<Statement> statements,
      Map<Variant, Facts> facts, Map<String, Set<String>> bodyNumbers) {
    List<String> out = new ArrayList<>();
    Map<String, String> outlet = new HashMap<>();
    Map<String, Input> byId = new HashMap<>();
    for (Input x : articles) {
      outlet.put(x.id(), x.outlet() == null ? x.id() : x.outlet());
      byId.put(x.id(), x);
    }
    for (Statement s : statements) {
      Variant own = null;
      for (Variant v : s.variants()) {
        if (v.article().equals(a.id())) {
          own = v;
        }
      }
      if (own == null) {
        continue;
      }
      Facts ownFacts = facts.get(own);
      Set<String> mineNumbers = ownFacts.numbers();
      Set<String> mineDays = ownFacts.days();
      Set<String> mineNames = ownFacts.names();
      for (Variant v : s.variants()) {
        // (an outlet's own follow-up updating its figures is no disagreement between outlets)
        if (v == own || outlet.get(v.article()).equals(outlet.get(a.id()))) {
          continue;
        }
        List<String> mine = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        Facts other = facts.get(v);
        Set<String> theirNumbers = other.numbers();
        // One variant giving a number more ("in 2026 … by 2027" against "next year … by 2027")
        // adds detail; each giving a number the other lacks is a disagreement.
        // Only the figures that differ are shown, and a year one side gives where the other
        // gives none ("in 2025" against "last year") is detail, not disagreement.
        Set<String> mineOnly = new LinkedHashSet<>(mineNumbers);
        mineOnly.removeAll(theirNumbers);
        Set<String> theirOnly = new LinkedHashSet<>(theirNumbers);
        theirOnly.removeAll(mineNumbers);
        if (theirNumbers.stream().noneMatch(StoryComparison::year)) {
          mineOnly.removeIf(StoryComparison::year);
        }
        if (mineNumbers.stream().noneMatch(StoryComparison::year)) {
          theirOnly.removeIf(StoryComparison::year);
        }
        // A time of day is when something happened, told more or less precisely ("at 7.15pm",
        // "shortly after 7 p.m."), not a count outlets disagree on.
        mineOnly.removeIf(StoryComparison::timeOfDay);
        theirOnly.removeIf(StoryComparison::timeOfDay);
        // A figure the other report gives too, elsewhere, is no disagreement: the renderings
        // were aligned over two figures both reports carry ("the cost at 4.1 billion crowns" /
        // "the ministry's estimate of 2.8 billion crowns", each report naming both).
        mineOnly.removeIf(bodyNumbers.get(v.article())::contains);
        theirOnly.removeIf(bodyNumbers.get(a.id())::contains);
        // Renderings linked only loosely ("nearly 200 of its 212 services cancelled" / "only 18
        // of the 212 services run") disagree only on counts near enough to be one count.
        boolean loose = s.similarity() < LOOSE_STATEMENT && ownFacts.quantities().stream()
            .noneMatch(x -> other.quantities().stream().anyMatch(y -> Quantities.close(x, y)));
        if (!mineOnly.isEmpty() && !theirOnly.isEmpty() && !loose) {
          // "1,200 jobs" against "1,100 jobs, 38 percent": the figures that count one thing
          // disagree; a figure of something the other does not count is detail.
          Set<String> mineUnits = unitsOf(mineOnly, ownFacts.quantities());
          Set<String> theirUnits = unitsOf(theirOnly, other.quantities());
          Set<String> common = new HashSet<>(mineUnits);
          common.retainAll(theirUnits);
          if (!common.isEmpty()) {
            mineOnly.removeIf(x -> !common.contains(unitOf(x, ownFacts.quantities())));
            theirOnly.removeIf(x -> !common.contains(unitOf(x, other.quantities())));
          } else {
            // "a 60-metre crane" against "winds of 100 km/h": a figure of a known thing meets
            // none of the other side's, and a bare number disagrees only with a bare number.
            boolean mineBare = mineOnly.stream()
                .anyMatch(x -> unitOf(x, ownFacts.quantities()) == null);
            boolean theirBare = theirOnly.stream()
                .anyMatch(x -> unitOf(x, other.quantities()) == null);
            mineOnly.removeIf(x -> unitOf(x, ownFacts.quantities()) != null || !theirBare);
            theirOnly.removeIf(x -> unitOf(x, other.quantities()) != null || !mineBare);
          }
          mine.addAll(withUnits(mineOnly, ownFacts.quantities()));
          theirs.addAll(withUnits(theirOnly, other.quantities()));
        }
        // "four cracks" / "three cracks": counts written out disagree when they count the same
        // thing ("two berths" does not disagree with "berths 14 and 15").
        for (Quantities.Quantity x : ownFacts.quantities()) {
          for (Quantities.Quantity y : other.quantities()) {
            boolean spelled = Character.isLetter(x.shown().charAt(0))
                || Character.isLetter(y.shown().charAt(0));
            if (spelled && Quantities.close(x, y)
                && other.quantities().stream().noneMatch(z -> z.unit().equals(x.unit())
                    && z.value() == x.value())
                && ownFacts.quantities().stream().noneMatch(z -> z.unit().equals(y.unit())
                    && z.value() == y.value())) {
              mine.add(x.shown());
              theirs.add(y.shown());
            }
          }
        }
        Set<String> theirDays = other.days();
        if (!mineDays.isEmpty() && !theirDays.isEmpty()
            && java.util.Collections.disjoint(mineDays, theirDays)
            && !eachOnItsOwnDay(a, mineDays, byId.get(v.article()), theirDays)) {
          mine.addAll(mineDays);
          theirs.addAll(theirDays);
        }
        Set<String> theirNames = other.names();
        for (String n : mineNames) {
          if (theirNames.contains(n)) {
            continue;
          }
          for (String m : theirNames) {
            if (!mineNames.contains(m) && nearlyAlike(n, m)) {
              mine.add(n);
              theirs.add(m);
            }
          }
        }
        if (!mine.isEmpty()) {
          Input theirArticle = byId.getOrDefault(v.article(), a);
          out.add(String.format(Locale.ROOT, "%s: %s; %s: %s", outlet.get(a.id()),
              String.join(", ", new LinkedHashSet<>(mine)), outlet.get(v.article()),
              String.join(", ", new LinkedHashSet<>(theirs))) + later(a, theirArticle)
              + " — \"" + own.text() + "\"");
        }
      }
    }
    return out;
  }

  /**
   * Figures that disagree between this article and another anywhere in their text, not only
   * inside a statement both render: the same unit near a word in common ("about 1.2 million
   * dollars a year" for the subsidy's cost, "about 1.5 million dollars a year" in another
   * outlet), with neither article giving the other's figure. Reported once per sentence and
   * outlet, in the statements' format.
   */
  private static List<String> quantityConflicts(Input a, List<Input> articles,
      Map<String, List<Unit>> unitsByArticle, List<String> already,
      Map<String, Map<String, List<Located>>> byUnit, Map<Unit, List<Quantities.Quantity>> perUnit,
      Map<Unit, Integer> indexOf, PairMap scores, PairMap cosines,
      List<Set<String>> stemsOf, float[][] vectors, Set<Unit> disputed) {
    List<String> out = new ArrayList<>();
    Map<String, List<Located>> mineByUnit = byUnit.get(a.id());
    // Which unit a statement's conflict was already reported on, found once per article.
    Map<String, List<String>> reportedOn = new HashMap<>();
    Set<String> ownTexts = new HashSet<>();
    unitsByArticle.get(a.id()).forEach(u -> ownTexts.add(u.text()));
    for (String c : already) {
      // each line ends with the variant it is about: ' — "TEXT"'
      int q = c.indexOf(" — \"");
      String text = q < 0 || !c.endsWith("\"") ? null : c.substring(q + 4, c.length() - 1);
      if (text != null && ownTexts.contains(text)) {
        reportedOn.computeIfAbsent(text, k -> new ArrayList<>()).add(c);
      }
    }
    Set<String> shownOnce = new HashSet<>();
    Map<String, Map<String, List<Located>>> notGiven = new HashMap<>();
    for (Unit u : unitsByArticle.get(a.id())) {
      List<Quantities.Quantity> own = perUnit.get(u);
      if (own.isEmpty()) {
        continue;
      }
      int ui = indexOf.get(u);
      for (Input b : articles) {
        // An outlet's own follow-up updating its figure is no disagreement between outlets.
        if (b.id().equals(a.id()) || a.outlet() != null && a.outlet().equals(b.outlet())) {
          continue;
        }
        Map<String, List<Located>> theirByUnit = byUnit.get(b.id());
        Set<String> mine = new LinkedHashSet<>();
        Set<String> theirs = new LinkedHashSet<>();
        for (Quantities.Quantity x : own) {
          List<Located> same = theirByUnit.getOrDefault(x.unit(), List.of());
          if (has(same, x)) {
            continue;
          }
          // A figure this article gives as well is no disagreement with it (the other's figures
          // of each kind, less this article's, found once for all of its sentences).
          same = notGiven.computeIfAbsent(b.id(), k -> new HashMap<>())
              .computeIfAbsent(x.unit(), k -> {
                List<Located> ownSame = mineByUnit.getOrDefault(k, List.of());
                return theirByUnit.getOrDefault(k, List.of()).stream()
                    .filter(y -> !has(ownSame, y.quantity())).toList();
              });
          boolean date = x.unit().startsWith(Quantities.DATE);
          boolean tally = x.unit().equals(Quantities.TALLY_UNIT);
          for (Located y : same) {
            // Every rule below asks for two counts near enough to be one: tested first, as most
            // of a story's pairs of figures fail it (a day within a week of another is "close").
            if (!Quantities.close(x, y.quantity()) || otherYears(u, a, y.unit(), b)
                || otherMonths(u.text(), x, y.unit().text(), y.quantity())) {
              continue;
            }
            Quantities.Quantity z = y.quantity();
            // Only sentences the scorer found at least loosely alike, or close in meaning (the
            // scorer, fitted to paraphrases, marks down the very disagreement sought), tell of
            // one fact.
            int yi = y.index();
            long pair = key(ui, yi);
            int near = common(x.context(), z.context());
            // (the cosine, a look-up or a dot product, only where a rule asks for it: most pairs
            // of figures share no word around them and fail every rule before it)
            double cos = Double.NaN;
            // One voice counting one thing, near in meaning, though the words around the count
            // differ ("hackers had accessed data of about 180,000 employees" / "a breach that
            // exposed the bank details of roughly 200,000 workers", Quillmark in both).
            boolean oneFact = false;
            if (u.quote() && y.unit().quote() && u.speaker() != null
                && y.unit().speaker() != null) {
              cos = cosine(cosines, vectors, pair, ui, yi);
              oneFact = cos >= SAME_EVENT_COSINE && sameSpeaker(u, y.unit());
            }
            // Near one word, in sentences the scorer found loosely alike or near in meaning.
            // A day of the month near the same words, in sentences near in meaning ("it
            // discovered the intrusion on Nov. 19" / "It found the intrusion on November
            // 18"): the scorer marks such pairs down for the very date that differs.
            if (!oneFact && near > 0) {
              cos = Double.isNaN(cos) ? cosine(cosines, vectors, pair, ui, yi) : cos;
              oneFact = cos >= FACT_COSINE || date && cos >= FIGURE_COSINE
                  || scores.get(pair, 0.0) >= ABSENT;
              // "stranded some 40 cargo ships" / "about 45 ships were left waiting offshore":
              // sentences worded apart about one event, the same thing counted, several of their
              // words in common.
              // "a study of 48,000 adults published …" / "The study, which tracked 46,000
              // adults …, was published": two words of the figure's neighbourhood in common name
              // one thing counted, however differently the sentences go on.
              // (The sentences' meaning is no guide when a figure sits in the source,
              // "according to a study of 48,000 adults": counts within a tenth of each other
              // are.)
              oneFact = oneFact || near >= 2 && (cos >= NEIGHBOURHOOD_COSINE
                  || Math.max(x.value(), z.value()) <= 1.1 * Math.min(x.value(), z.value()));
            }
            oneFact = oneFact || Quantities.transposed(x, z)
                // "by 178 votes to 171" / "176 in favour, 171 against": a vote of tens or
                // hundreds on each side, near another's on the same day, is one vote however it
                // is written (a sports score is not: "3-1" and "2-1" may be two matches).
                || tally && sameDays(a, b)
                    && Math.min(x.value() % 10000, z.value() % 10000) >= 10
                    && Math.min(Math.floor(x.value() / 10000), Math.floor(z.value() / 10000)) >= 10;
            if (!oneFact) {
              int stems = sharedStems(stemsOf.get(ui), stemsOf.get(yi), x.unit());
              if (stems >= SAME_EVENT_WORDS) {
                cos = Double.isNaN(cos) ? cosine(cosines, vectors, pair, ui, yi) : cos;
                oneFact = cos >= SAME_EVENT_COSINE;
              }
              // "after Corvane Capital's $1.5bn purchase of the club was confirmed" / "in a deal
              // valued at $1.2 billion, the club said": the figure two reports open with,
              // counting one thing near in value among words they share, is the story's one
              // figure. (Of one day: a count that grew over a week is no disagreement.)
              // (a tally is specific enough to need no common word beside it)
              oneFact = oneFact || stems >= 2 && (near > 0 || tally) && opening(a, u)
                  && opening(b, y.unit()) && sameDays(a, b);
            }
            // "signed 12 agreements" / "14 agreements were signed": a count of one particular
            // kind of thing beside the same word, in two reports of one day, counts one thing
            // however differently the sentences go on (not people, money, time or percentages,
            // which a story counts many times over).
            // (near > 0: the cosine is known)
            oneFact = oneFact || near > 0 && !COMMON_UNITS.contains(x.unit()) && !date
                && cos >= 0.3 && sameDays(a, b);
            // "the 58-metre crane" / "The 60-metre crane toppled": a measure written into the
            // noun it describes, the same noun in both, describes one thing however the
            // sentences go on, even in units a story counts many times over (metres, people).
            oneFact = oneFact || near > 0 && !date && cos >= 0.3 && sameDays(a, b)
                && sameMeasuredThing(u.text(), x, y.unit().text(), z);
            if (oneFact) {
              mine.add(x.shown());
              theirs.add(z.shown());
              disputed.add(y.unit());
            }
          }
        }
        String outletB = b.outlet() == null ? b.id() : b.outlet();
        // (a conflict on this sentence with that outlet already shown, unless over other figures)
        if (!mine.isEmpty() && reportedOn.getOrDefault(u.text(), List.of()).stream()
            .noneMatch(c -> c.contains(outletB + ": ") && mine.stream().allMatch(c::contains))) {
          String outletA = a.outlet() == null ? a.id() : a.outlet();
          // A quotation whose sentence gives the figure ("…, came after a descent she called
          // 'the longest minutes'") shows the sentence, where the figure is.
          String shown = u.quote() && u.start() >= 0
              && mine.stream().noneMatch(u.text()::contains)
              ? ownSentence(a, u).replaceAll("\\s+", " ").strip() : u.text();
          String line = String.format(Locale.ROOT, "%s: %s; %s: %s", outletA,
              String.join(", ", new LinkedHashSet<>(mine)), outletB,
              String.join(", ", new LinkedHashSet<>(theirs))) + later(a, b) + " — \"";
          // (two quotations of one sentence give its figure once)
          String head = shown.substring(0, Math.min(60, shown.length()));
          if (shownOnce.add(line + head)) {
            out.add(line + shown + "\"");
          }
        }
      }
    }
    return out;
  }

  /**
   * "since August 2012, when a blaze on the same ridge burned 900 hectares": a sentence about an
   * earlier year than its report's, against one that names no such year, counts another
   * event's thing.
   */
  private static boolean otherYears(Unit u, Input a, Unit v, Input b) {
    Set<Integer> x = pastYears(u.text(), a, b);
    Set<Integer> y = pastYears(v.text(), b, a);
    return !x.equals(y);
  }

  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\d$€£]|\\d[.,])(?:19|20)\\d{2}(?![\\d%]|[.,]\\d)|\\blast year\\b");

  /** The years before its report's that a sentence names (none when the report is undated). */
  private static Set<Integer> pastYears(String text, Input own, Input other) {
    java.time.LocalDate when = own.published() != null ? own.published() : other.published();
    if (when == null) {
      return Set.of();
    }
    Set<Integer> out = new HashSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int y = m.group().startsWith("last") ? when.getYear() - 1 : Integer.parseInt(m.group());
      if (y < when.getYear()) {
        out.add(y);
      }
    }
    return out;
  }

  private static boolean sameDays(Input a, Input b) {
    return a.published() == null || b.published() == null
        || Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) <= 1;
  }

  /** Whether the unit stands in the article's first paragraph, where its main facts go. */
  private static boolean opening(Input x, Unit u) {
    int firstBreak = x.body().indexOf('\n');
    return u.position() == 0 || firstBreak < 0 || u.start() < firstBreak;
  }

  /**
   * The unit's sentence without the other reported words in it: the unit's own words, its source
   * and cue, and the writer's words around them.
   */
  private static String ownSentence(Input x, Unit u) {
    String body = x.body();
    String sentence = sentenceAround(body, u.start(), u.end());
    int from = body.indexOf(sentence, Math.max(0, u.start() - sentence.length()));
    if (from < 0) {
      return u.text();
    }
    char[] chars = sentence.toCharArray();
    for (org.parallax.attribution.Quote q : x.quotes()) {
      for (org.parallax.attribution.Span piece : q.pieces()) {
        if (piece.end() <= u.start() || piece.start() >= u.end()) {
          for (int k = Math.max(piece.start(), from); k < Math.min(piece.end(), from + chars.length);
              k++) {
            chars[k - from] = ' ';
          }
        }
      }
    }
    return new String(chars);
  }

  /** The sentence of {@code body} holding the span, up to the full stops or line ends around it. */
  static String sentenceAround(String body, int start, int end) {
    if (end > body.length() || start >= end) {
      return body.substring(Math.min(start, body.length()), Math.min(end, body.length()));
    }
    int from = start;
    while (from > 0 && body.charAt(from - 1) != '\n'
        && !(from >= 2 && ".!?".indexOf(body.charAt(from - 2)) >= 0
            && Character.isWhitespace(body.charAt(from - 1)))) {
      from--;
    }
    int to = end;
    while (to < body.length() && body.charAt(to) != '\n'
        && !(".!?".indexOf(body.charAt(to - 1)) >= 0 && Character.isWhitespace(body.charAt(to)))) {
      to++;
    }
    return body.substring(from, to);
  }

  /** The cosine of two units: the one computed for the pair, or their vectors' dot product. */
  private static double cosine(PairMap cosines, float[][] vectors, long pair, int i, int j) {
    double known = cosines.get(pair, Double.NaN);
    return !Double.isNaN(known) ? known : Embedder.dot(vectors[i], vectors[j]);
  }

  /**
   * Whether two figures are measures written into one noun ("58-metre crane", "60-metre
   * crane"), the same noun in both texts.
   */
  private static boolean sameMeasuredThing(String text, Quantities.Quantity x, String other,
      Quantities.Quantity y) {
    if (x.shown().indexOf('-') < 0
        || y.shown().indexOf('-') < 0) {
      return false;
    }
    String noun = wordAfter(text, x.shown());
    return noun != null && !STOP_AFTER_MEASURE.contains(noun)
        && noun.equals(wordAfter(other, y.shown()));
  }

  /** Words that follow a measure without being what it measures ("a 60-metre-high", "58-metre and"). */
  private static final Set<String> STOP_AFTER_MEASURE = Set.of("and", "or", "of", "in", "on",
      "at", "to", "the", "a", "an", "high", "long", "wide", "deep", "tall");

  /** The lower-cased word right after {@code shown} in {@code text}, or null. */
  private static String wordAfter(String text, String shown) {
    int at = text.indexOf(shown);
    if (at < 0) {
      return null;
    }
    int i = at + shown.length();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int from = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i > from && from > at + shown.length() ? text.substring(from, i).toLowerCase(Locale.ROOT)
        : null;
  }

  /**
   * "2.9 percent in October" / "2.6% in November": figures each given for its own month count
   * two things, however alike their sentences.
   */
  private static boolean otherMonths(String text, Quantities.Quantity x, String other,
      Quantities.Quantity y) {
    String a = monthAfter(text, x.shown());
    String b = monthAfter(other, y.shown());
    return a != null && b != null && !a.equals(b);
  }

  private static final Pattern MONTH_AFTER = Pattern.compile(
      "^\\W*(?:\\p{L}+\\W+){0,2}?(?:in|for|of|during)\\s+(January|February|March|April|May|June"
          + "|July|August|September|October|November|December)\\b");

  /** The month a figure is given for right after it ("2.9 percent in October"), or null. */
  private static String monthAfter(String text, String shown) {
    int at = text.indexOf(shown);
    if (at < 0) {
      return null;
    }
    Matcher m = MONTH_AFTER.matcher(
        text.substring(at + shown.length(), Math.min(text.length(), at + shown.length() + 40)));
    return m.find() ? m.group(1) : null;
  }

  /** How many elements two sets share. */
  private static int common(Set<String> a, Set<String> b) {
    if (a.size() > b.size()) {
      return common(b, a);
    }
    int n = 0;
    for (String x : a) {
      n += b.contains(x) ? 1 : 0;
    }
    return n;
  }

  /** Stems two sentences share, leaving out those of the counted thing itself. */
  private static int sharedStems(Set<String> a, Set<String> b, String counted) {
    if (a.size() > b.size()) {
      return sharedStems(b, a, counted);
    }
    int n = 0;
    for (String w : a) {
      n += b.contains(w) && !w.startsWith(counted) ? 1 : 0;
    }
    return n;
  }

  /**
   * "Hugh Heffner" here, "Hugh Hefner" in another outlet: the story made them one person (a
   * surname one letter apart under the same given names), and the spelling is where the outlets
   * disagree.
   */
  private static List<String> spellingConflicts(Input a, List<Input> articles) {
    List<String> out = new ArrayList<>();
    String outletA = a.outlet() == null ? a.id() : a.outlet();
    for (Entity e : a.entities()) {
      for (String m : e.mentions()) {
        // (a name in capitals of another house style, "LaSalle" / "Lasalle", spells it the same)
        if (!e.type().equals("person") || m.equalsIgnoreCase(e.name())
            || !org.parallax.attribution.WhoSaidWhat.surnameSpeltApart(e.name(), m)) {
          continue;
        }
        for (Input b : articles) {
          String outletB = b.outlet() == null ? b.id() : b.outlet();
          if (outletB.equals(outletA)) {
            continue;
          }
          boolean spelt = b.entities().stream().anyMatch(f -> f.name().equals(e.name())
              && f.mentions().contains(e.name()) && !f.mentions().contains(m));
          if (spelt) {
            out.add(String.format(Locale.ROOT, "%s: %s; %s: %s", outletA, m, outletB, e.name())
                + later(a, b) + " — \"" + m + "\"");
          }
        }
      }
    }
    return out;
  }

  /** How near in meaning two opening sentences must be to tell of one event's day. */
  static final double OPENING_DAY_COSINE = 0.75;

  /**
   * "A court in Halden on Tuesday sentenced …" / "The district court in Halden on Wednesday
   * sentenced …": the opening sentences of two reports published the same day, near in meaning,
   * each naming a weekday and none in common, disagree on the day of the event (a day a speaker
   * spoke on, "said on Tuesday", is not the event's). Sentences a statement already links are
   * compared there.
   */
  private static List<String> openingDayConflicts(Input a, List<Input> articles,
      Map<String, Map<Unit, Set<String>>> openingDays, List<String> already,
      Map<Unit, Integer> indexOf, PairMap cosines, float[][] vectors) {
    List<String> out = new ArrayList<>();
    String outletA = a.outlet() == null ? a.id() : a.outlet();
    for (Map.Entry<Unit, Set<String>> own : openingDays.get(a.id()).entrySet()) {
      Unit u = own.getKey();
      Set<String> mine = own.getValue();
      for (Input b : articles) {
        String outletB = b.outlet() == null ? b.id() : b.outlet();
        if (b == a || outletB.equals(outletA) || a.published() == null != (b.published() == null)
            || a.published() != null && !a.published().equals(b.published())) {
          continue;
        }
        for (Map.Entry<Unit, Set<String>> other : openingDays.get(b.id()).entrySet()) {
          Unit v = other.getKey();
          Set<String> theirs = other.getValue();
          // (the weekdays as written: the pattern finds capitalized names only)
          if (!java.util.Collections.disjoint(mine, theirs)) {
            continue;
          }
          int i = indexOf.get(u);
          int j = indexOf.get(v);
          if (cosine(cosines, vectors, key(i, j), i, j) < OPENING_DAY_COSINE) {
            continue;
          }
          String line = String.format(Locale.ROOT, "%s: %s; %s: %s", outletA,
              String.join(", ", mine), outletB, String.join(", ", theirs));
          if (already.stream().noneMatch(c -> c.startsWith(line))
              && out.stream().noneMatch(c -> c.startsWith(line))) {
            out.add(line + later(a, b) + " — \"" + u.text() + "\"");
          }
        }
      }
    }
    return out;
  }

  private static final Pattern SPOKEN_ON = Pattern.compile(
      "\\b(?:said|says|told|announced|added|stated|confirmed|declared|reported|wrote)\\b"
          + "(?:\\s+\\p{L}+){0,3}\\s+(?:on|late on|early on)\\s+$");

  /**
   * The weekdays a sentence gives as when something happened: "on Tuesday", "Tuesday
   * morning", "Wednesday afternoon, the club signed"; not a day someone spoke on ("said on
   * Tuesday"), nor another event's ("Sunday's playoff game", "until Monday").
   */
  static Set<String> eventDays(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 40), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
      boolean when = before.endsWith("on ") || before.endsWith("On ")
          || after.matches("(?s)\\s+(?:morning|afternoon|evening|night)\\b.*")
          || m.start() == 0 && after.startsWith(",");
      if (when && !after.startsWith("'") && !after.startsWith("’")
          && !SPOKEN_ON.matcher(before).find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** A figure and the unit (sentence) it was read from. */
  private record Located(Quantities.Quantity quantity, Unit unit, int index) {}

  private static boolean has(List<Located> in, Quantities.Quantity q) {
    for (Located x : in) {
      if (x.quantity().value() == q.value()) {
        return true;
      }
    }
    return false;
  }

  /** "900" as "900 million euros" when the sentence says what it counts. */
  private static Set<String> unitsOf(Set<String> numbers, List<Quantities.Quantity> q) {
    Set<String> out = new HashSet<>();
    for (String n : numbers) {
      String u = unitOf(n, q);
      if (u != null) {
        out.add(u);
      }
    }
    return out;
  }

  /** What the figure {@code n} counts in {@code q}, or null. */
  private static String unitOf(String n, List<Quantities.Quantity> q) {
    Quantities.Quantity x = quantityOf(n, q);
    return x == null ? null : x.unit();
  }

  /**
   * Two quotes of two named people: not one name inside the other ("Brandt", "Lena Brandt"),
   * nor a body and the person speaking for it.
   */
  private static boolean otherPeople(Set<String> people, Unit a, Unit b) {
    if (!a.quote() || !b.quote() || a.speaker() == null || b.speaker() == null
        || !people.contains(a.speaker()) || !people.contains(b.speaker())) {
      return false;
    }
    String x = " " + a.speaker() + " ";
    String y = " " + b.speaker() + " ";
    String[] xs = a.speaker().split(" ");
    String[] ys = b.speaker().split(" ");
    return !x.contains(y) && !y.contains(x) && !xs[xs.length - 1].equals(ys[ys.length - 1]);
  }

  /** The same words, or six or more of one quoted inside the other. */
  private static boolean sameWords(Map<String, String> plainTexts, String a, String b) {
    return inside(plainTexts, a, b, 6);
  }

  /**
   * "workers would not return “until the contract is signed”" against "We are not going back
   * until the contract is signed.": the speaker's words quoted in part (four words or more)
   * inside the other rendering.
   */
  private static boolean quotedInside(Map<String, String> plainTexts, String a, String b) {
    if (inside(plainTexts, a, b, 4)) {
      return true;
    }
    // "said demand for the company's platforms “continued to outpace our expectations”": the
    // words a report puts in quotation marks, found whole in the other rendering
    for (String[] pair : new String[][] {{a, b}, {b, a}}) {
      Matcher m = QUOTED.matcher(pair[0]);
      while (m.find()) {
        String quoted = plain(m.group(1));
        String other = plainTexts.computeIfAbsent(pair[1], StoryComparison::plain);
        if (quoted.split(" ").length >= 4 && (" " + other + " ").contains(" " + quoted + " ")) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern QUOTED = Pattern.compile(
      "[\"“«„]([^\"“”«»„]{12,})[\"”»“]");

  /** Whether the shorter text, of at least {@code words} words, stands whole in the longer. */
  private static boolean inside(Map<String, String> plainTexts, String a, String b, int words) {
    String x = plainTexts.computeIfAbsent(a, StoryComparison::plain);
    String y = plainTexts.computeIfAbsent(b, StoryComparison::plain);
    String shorter = x.length() <= y.length() ? x : y;
    String longer = x.length() <= y.length() ? y : x;
    return shorter.split(" ").length >= words
        && (" " + longer + " ").contains(" " + shorter + " ");
  }

  private static String plain(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Whether two texts give a figure of the same value counting the same thing. */
  private static boolean sameFigure(Map<String, List<Quantities.Quantity>> figures, String a,
      String b) {
    List<Quantities.Quantity> qa = figures.computeIfAbsent(a, Quantities::of);
    if (qa.isEmpty()) {
      return false;
    }
    List<Quantities.Quantity> qb = figures.computeIfAbsent(b, Quantities::of);
    for (Quantities.Quantity x : qa) {
      for (Quantities.Quantity y : qb) {
        if (x.value() == y.value() && x.unit().equals(y.unit())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Below this lowest pair score a statement's renderings are only loosely alike. */
  static final double LOOSE_STATEMENT = 0.5;

  private static boolean timeOfDay(String number) {
    return TIME_OF_DAY.matcher(number).matches();
  }

  private static final Pattern TIME_OF_DAY = Pattern.compile(
      "\\d{1,2}(?:[:.]\\d{2})?\\s?(?:[ap]\\.m\\.|[ap]m)|\\d{1,2}:\\d{2}");

  private static boolean year(String number) {
    return number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
  }

  private static List<String> withUnits(Set<String> numbers, List<Quantities.Quantity> q) {
    List<String> out = new ArrayList<>();
    for (String n : numbers) {
      Quantities.Quantity x = quantityOf(n, q);
      out.add(x == null ? n : x.shown());
    }
    return out;
  }

  /** The quantity of {@code q} that shows the figure {@code n} alone (not inside another), or null. */
  private static Quantities.Quantity quantityOf(String n, List<Quantities.Quantity> q) {
    for (Quantities.Quantity x : q) {
      String plain = x.shown().replace(",", "");
      int at = plain.indexOf(n);
      boolean alone = at >= 0 && (at == 0 || !(Character.isDigit(plain.charAt(at - 1))
          || plain.charAt(at - 1) == '.')) && (at + n.length() == plain.length()
          || !Character.isDigit(plain.charAt(at + n.length())));
      if (alone) {
        return x;
      }
    }
    return null;
  }

  /**
   * Two reports published on different days, each naming its own day ("cancelled on Monday" in
   * Monday's paper, "a second morning on Tuesday" in Tuesday's): each tells of its own day, and
   * the days differ because the event went on, not because the outlets disagree.
   */
  private static boolean eachOnItsOwnDay(Input a, Set<String> aDays, Input b, Set<String> bDays) {
    if (a == null || b == null || a.published() == null || b.published() == null
        || a.published().equals(b.published())) {
      return false;
    }
    return namesWeekday(aDays, a.published()) && namesWeekday(bDays, b.published());
  }

  private static boolean namesWeekday(Set<String> days, java.time.LocalDate date) {
    String weekday = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
        Locale.ENGLISH);
    return days.stream().anyMatch(d -> d.equalsIgnoreCase(weekday));
  }

  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december");

  private static Set<String> days(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.split("[^\\p{L}]+")) {
      // "may" is a month only when written as one.
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && DAYS.contains(w.toLowerCase(Locale.ROOT))) {
        out.add(w);
      }
    }
    return out;
  }

  /** Capitalized words after the first, at least four letters: the names a sentence gives. */
  private static Set<String> capitalized(String text) {
    Set<String> out = new LinkedHashSet<>();
    String[] words = text.split("[^\\p{L}’'-]+");
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.length() >= 4 && Character.isUpperCase(w.charAt(0))
          && !DAYS.contains(w.toLowerCase(Locale.ROOT))) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * One or two edits apart (one for short words), sharing the first two letters, neither a
   * prefix, possessive or plural of the other: "Kowalska"/"Kowalski", not "Brandt"/"Brandt's".
   */
  static boolean nearlyAlike(String a, String b) {
    if (a.equalsIgnoreCase(b) || !a.regionMatches(true, 0, b, 0, 2)) {
      return false;
    }
    String la = a.toLowerCase(Locale.ROOT).replaceAll("(['’]s|s)$", "");
    String lb = b.toLowerCase(Locale.ROOT).replaceAll("(['’]s|s)$", "");
    if (la.startsWith(lb) || lb.startsWith(la)) {
      return false; // "Russia"/"Russian", "Democrat"/"Democratic": one word, two forms
    }
    int d = org.parallax.text.EditDistance.of(la, lb, 3);
    return d >= 1 && d <= (Math.min(la.length(), lb.length()) >= 6 ? 2 : 1);
  }

  private static Set<String> numbers(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(Numerals.isNumber(m.group()) ? key(Numerals.value(m.group()))
          : m.group().replace(",", ""));
    }
    return out;
  }
}
