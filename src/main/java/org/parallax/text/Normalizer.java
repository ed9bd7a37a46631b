package org.parallax.text;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Flag;
import org.parallax.model.Format;
import org.parallax.model.Published;
import org.parallax.model.RawDocument;

/**
 * Turns one {@link RawDocument} into an {@link Article}. Stateless and thread-safe: documents can
 * be normalized in parallel.
 */
public final class Normalizer {
  private static final int MAX_HEADLINE_CHARS = 220;
  private static final int MAX_DERIVED_TITLE_WORDS = 16;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”»]?\\s+(?=[\"“«\\p{Lu}])");
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,80}");

  private final Clock clock;

  private Normalizer(Clock clock) {
    this.clock = clock;
  }

  public static Normalizer create() {
    return new Normalizer(Clock.systemUTC());
  }

  /** With a fixed clock, for tests: "now" bounds which mentioned years count as evidence. */
  public static Normalizer create(Clock clock) {
    return new Normalizer(clock);
  }

  private static final String RELEASE_WORDS =
      "(?:for immediate release|press release|news release|media release)";
  private static final Pattern RELEASE_MARK = Pattern.compile(
      "(?i)\\s*" + RELEASE_WORDS + "\\s*[:.]?\\s*");

  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "\\p{Lu}{2}[\\p{Lu} ,.'’-]*\\s+\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISSUER_RELEASE = Pattern.compile(
      "(?s)(?<issuer>[^\\n]{2,60}?)\\s*[-–—|:]\\s*(?:NEWS|PRESS|MEDIA)\\s+RELEASE\\s*"
          + "(?:\\s(?<rest>.*))?");
  private static final Pattern ISSUED = Pattern.compile(
      "(?i)(?:issued|released|date|dated|published)\\s*:\\s*.{4,60}");
  private static final Pattern MARK_THEN_DASH = Pattern.compile(
      "(?i)\\s*" + RELEASE_WORDS + "\\s*[—–-]\\s*");
  private static final Pattern BYLINE = Pattern.compile(
      "(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}(?:\\s*(?:,|\\||·|•|-|—|–|at|and)"
          + "\\s*.{0,100})?");
  private static final Pattern EMBARGO = Pattern.compile(
      "(?i)^(?:embargoed|under embargo|not for (?:publication|release) (?:before|until))\\b");
  private static final Pattern STAGE_DIRECTION = Pattern.compile(
      "\\s*[\\[(](?i:applause|laughter|laughs|inaudible|crosstalk|cheers|cheering|shouts|booing"
          + "|interruption|interjection|pause|silence|music|sighs|unintelligible)\\b[^\\])]{0,80}[\\])]");

  private static final Pattern CORRECTION = Pattern.compile(
      "(?i)^\\(?(?:correction|clarification)\\s*[:—–-]|\\b(?:updated|amended|changed) to correct\\b"
          + "|\\ban earlier version of this (?:story|article|report)\\b");
  private static final Pattern TRANSLATED = Pattern.compile(
      "(?i)" + Boilerplate.TRANSLATED_NOTICE);

  /** "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, …": a release's legend. */
  private static final Pattern LEGEND = Pattern.compile(
      "^NOT FOR (?:RELEASE|PUBLICATION|DISTRIBUTION)\\b[^a-z]*$");
  /** "· Updated 10:15 AM GMT" after a page's date line. */
  private static final Pattern UPDATED = Pattern.compile(
      "(?i)\\s*[·|•–—-]?\\s*(?:last )?updated:?\\s.*$");
  /** "CALVERTON, 11 March 2025": a release's place and day, set apart. */
  private static final Pattern PLACE_AND_DAY = Pattern.compile(
      "(\\p{Lu}[\\p{Lu}'’ -]{2,30}),\\s*(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\.?\\s+\\d{1,2}),?\\s+\\d{4}\\.?");
  private static final Pattern KICKER = Pattern.compile(
      "\\p{Lu}[\\p{Lu}'’&-]*(?:\\s+[\\p{Lu}'’&-]+){1,4}");

  private static final Pattern WIRE_STATUS = Pattern.compile("^(?:URGENT|BREAKING(?: NEWS)?"
      + "|FLASH|EXCLUSIVE|UPDATE(?: \\d+)?|CORRECTED|REFILE|WRAPUP(?: \\d+)?)\\s*[:—–-]\\s*(?=\\S)");

  public Article normalize(RawDocument raw) throws UnusableDocumentException {
    List<String> paragraphs = Paragraphs.split(raw.text());
    if (paragraphs.isEmpty()) {
      throw new UnusableDocumentException("no text");
    }
    String title = raw.title() == null ? null : raw.title().replaceAll("\\s+", " ").strip();
    // "WESTMOOR POLICE - NEWS RELEASE": the issuer's name over its release, no dateline
    String issuer = null;
    String issuedLine = null;
    Matcher issued = ISSUER_RELEASE.matcher(paragraphs.get(0));
    if (paragraphs.size() > 1 && issued.matches()) {
      String name = issued.group("issuer").strip();
      issuer = Text.isAllCaps(name) ? Text.titleCase(name) : name;
      String rest = issued.group("rest") == null ? "" : issued.group("rest").strip();
      // ("Issued: Friday 6 March 2026, 15:30" under it dates the release)
      if (ISSUED.matcher(rest).matches()) {
        issuedLine = rest;
        rest = "";
      }
      if (rest.isEmpty()) {
        paragraphs.remove(0);
      } else {
        paragraphs.set(0, rest);
      }
      if (issuedLine == null && paragraphs.size() > 1 && ISSUED.matcher(paragraphs.get(0)).matches()) {
        issuedLine = paragraphs.remove(0); // (on a line of its own)
      }
    }
    // "FOR IMMEDIATE RELEASE" heads a press release; the headline follows it.
    while (paragraphs.size() > 1 && RELEASE_MARK.matcher(paragraphs.get(0)).matches()) {
      paragraphs.remove(0);
    }
    // "HALDEN BANK MARKETS COMMENT" over "Norvia: central bank hikes …": a desk's label in
    // capitals heads a note; the headline is the line under it.
    String kicker = null;
    if (title == null && paragraphs.size() > 2 && KICKER.matcher(paragraphs.get(0)).matches()
        && isHeadline(paragraphs.subList(1, paragraphs.size()))) {
      kicker = paragraphs.remove(0);
    }
    if (title == null && isHeadline(paragraphs)) {
      title = paragraphs.remove(0);
    }
    if (title != null) {
      // "URGENT: …", "UPDATE 1-…": a wire's status mark is no part of the headline.
      title = WIRE_STATUS.matcher(title).replaceFirst("");
      String key = Text.fold(title);
      // A one-paragraph report whose headline is its text keeps that paragraph as its body.
      while (paragraphs.size() > 1 && Text.fold(WIRE_STATUS.matcher(paragraphs.get(0))
          .replaceFirst("")).equals(key)) {
        paragraphs.remove(0);
      }
    }
    // A byline, a day, an embargo or "CALVERTON, 11 March 2025" set as paragraphs of their own
    // over the report are no part of it.
    List<String> leading = new java.util.ArrayList<>();
    if (issuedLine != null) {
      leading.add(issuedLine);
    }
    String placeLine = null;
    for (int i = 0; i < Math.min(3, paragraphs.size()) && paragraphs.size() > 1; ) {
      // ("NEWS RELEASE — EMBARGOED UNTIL …": the mark before a dash is no dateline's place)
      Matcher mark = MARK_THEN_DASH.matcher(paragraphs.get(i));
      if (mark.lookingAt()) {
        paragraphs.set(i, paragraphs.get(i).substring(mark.end()).strip());
      }
      String para = paragraphs.get(i);
      Matcher placed = PLACE_AND_DAY.matcher(para);
      // ("KINSHASA 1997-02-17", a wire's dateline line, stays: its place and day are read
      // with the text)
      String dated = UPDATED.matcher(para).replaceFirst("");
      if (para.length() <= 400 && LEGEND.matcher(para).matches()
          || para.length() <= 160 && !WIRE_DATELINE.matcher(para).matches() && (BYLINE.matcher(para).matches() || EMBARGO.matcher(para).find()
          || dated.split("\\s+").length <= 6 && LenientDates.parse(dated) != null
              && !dated.matches(".*\\p{Ll}{3,}\\s+\\p{Ll}{3,}.*") || placed.matches())) {
        if (placed.matches() && placeLine == null) {
          placeLine = placed.group(1);
        }
        leading.add(paragraphs.remove(i));
      } else {
        i++;
      }
    }
    Datelines.Dateline dateline = null;
    for (int i = 0; i < Math.min(2, paragraphs.size()) && dateline == null; i++) {
      dateline = Datelines.parse(paragraphs.get(i));
      if (dateline != null) {
        String rest = paragraphs.get(i).substring(dateline.end()).strip();
        if (rest.isEmpty()) {
          paragraphs.remove(i);
        } else {
          paragraphs.set(i, rest);
        }
      }
    }
    List<String> removed = Boilerplate.trimTrailing(paragraphs);
    // "[Applause from the government benches]", "[Laughter]": a transcript's stage directions
    // are no one's words and no claim.
    for (int i = paragraphs.size() - 1; i >= 0; i--) {
      Matcher d = STAGE_DIRECTION.matcher(paragraphs.get(i));
      if (!d.find()) {
        continue;
      }
      String kept = STAGE_DIRECTION.matcher(paragraphs.get(i)).replaceAll("")
          .replaceAll("\\s{2,}", " ").strip();
      d.reset();
      while (d.find()) {
        removed.add(d.group().strip());
      }
      if (kept.isEmpty()) {
        paragraphs.remove(i);
      } else {
        paragraphs.set(i, kept);
      }
    }
    if (kicker != null || !leading.isEmpty()) {
      removed = new java.util.ArrayList<>(removed);
      removed.addAll(0, leading);
      if (kicker != null) {
        removed.add(0, kicker);
      }
    }
    String body = String.join("\n\n", paragraphs).strip();
    if (body.isEmpty()) {
      throw new UnusableDocumentException("no article text left after the headline and dateline");
    }
    boolean derived = false;
    if (title == null) {
      title = deriveTitle(body);
      derived = true;
    }

    String outlet = raw.outlet();
    String outletSource = outlet == null ? null
        : (raw.format() == Format.RSS || raw.format() == Format.ATOM ? "feed" : "metadata");
    if (outlet == null && dateline != null && dateline.tag() != null) {
      outlet = Outlets.fromTag(dateline.tag());
      outletSource = outlet == null ? null : "dateline";
    }
    if (outlet == null && raw.url() != null) {
      outlet = host(raw.url());
      outletSource = outlet == null ? null : "site";
    }
    if (outlet == null) {
      // A press release is its issuer's word: the "About Quillmark" paragraph names who
      // published it, or the line over it ("WESTMOOR POLICE - NEWS RELEASE").
      outlet = issuer != null ? issuer : Boilerplate.issuer(removed);
      outletSource = outlet == null ? null : "release";
    }

    // (a day set apart over the report, removed from its body, still dates it)
    Published published = published(raw, dateline,
        title + "\n" + String.join("\n", leading) + "\n" + body);
    List<Flag> flags = new ArrayList<>(ArtifactFlagger.flag(body));
    // The notice itself is no text, but what it says is about the whole report (offset -1).
    for (String r : removed) {
      if (TRANSLATED.matcher(r).find()) {
        flags.add(0, new Flag("machine-translated", r, -1,
            "the report says it is a machine translation: its wording is the translator's"));
        break;
      }
    }
    // "This story has been updated to correct the number of votes against …": a correction is
    // no text, but a fact-checker must see that the outlet made one.
    for (String r : removed) {
      if (CORRECTION.matcher(r).find()) {
        flags.add(new Flag("correction", r, -1, "the outlet says it corrected this report"));
      }
    }
    String language = LanguageIdentifier.normalize(raw.language());
    if (language == null) {
      language = LanguageIdentifier.get().detect(title + ". " + body);
    }
    String hash = sha256(Text.fold(body));
    String id = raw.sourceId() != null && SAFE_ID.matcher(raw.sourceId()).matches()
        ? raw.sourceId() : "a" + hash.substring(0, 12);
    return new Article(id, raw.input(), raw.format(), raw.url(), outlet, outletSource, title,
        derived, dateline != null ? dateline.place() : placeLine == null ? null
            : Text.titleCase(placeLine.strip()), published, language, body,
        raw.text(), hash, flags, removed, raw.summaryOnly(), raw.order(), null);
  }

  /**
   * The first paragraph is a headline when it is short, is not itself a dateline paragraph, does
   * not end like a sentence, and something follows it.
   */
  private static boolean isHeadline(List<String> paragraphs) {
    if (paragraphs.size() < 2) {
      return false;
    }
    String first = paragraphs.get(0);
    if (first.length() > MAX_HEADLINE_CHARS || Datelines.parse(first) != null) {
      return false;
    }
    char last = first.charAt(first.length() - 1);
    if (last == '.' && !first.endsWith("...")) {
      return false;
    }
    return first.split("\\s+").length <= 30;
  }

  private static String deriveTitle(String body) {
    String lead = body.split("\\n\\n", 2)[0];
    String[] sentences = SENTENCE_END.split(lead, 2);
    String first = sentences[0].strip();
    String[] words = first.split("\\s+");
    if (words.length <= MAX_DERIVED_TITLE_WORDS) {
      return first.replaceAll("[.]$", "");
    }
    return String.join(" ", java.util.Arrays.copyOf(words, MAX_DERIVED_TITLE_WORDS)) + "…";
  }

  /**
   * Dates an undated report whose dateline gives a month and day but no year ("OSLAND, Nov 12
   * (Baltic Wire) -") by the batch it came with: when the other reports' dates put that day in
   * one year only (within a week of one of them) and the weekdays the report names fit it, that
   * is its date, marked as an inferred year. Otherwise it stays undated.
   */
  public Article datedByBatch(Article a, java.util.Collection<LocalDate> batch) {
    // A year inferred from the text alone ("in 2019 … on Tuesday") yields to the one year the
    // batch's dated reports give, when its weekdays fit that year too.
    if (a.published() != null && !a.published().yearInferred() || batch.isEmpty()) {
      return a;
    }
    Datelines.Dateline dateline = null;
    List<String> paragraphs = Paragraphs.split(a.raw());
    for (int i = 0; i < Math.min(4, paragraphs.size()) && dateline == null; i++) {
      Datelines.Dateline d = Datelines.parse(paragraphs.get(i));
      dateline = d != null && d.month() > 0 && d.year() == null ? d : null;
    }
    if (dateline == null) {
      return a;
    }
    java.util.Set<Integer> years = new java.util.TreeSet<>();
    for (LocalDate b : batch) {
      for (int y = b.getYear() - 1; y <= b.getYear() + 1; y++) {
        try {
          LocalDate d = LocalDate.of(y, dateline.month(), dateline.day());
          if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(d, b)) <= 7) {
            years.add(y);
          }
        } catch (java.time.DateTimeException e) {
          // February 29 of a common year: no such day
        }
      }
    }
    if (years.size() != 1) {
      return a;
    }
    int year = years.iterator().next();
    if (!YearInference.consistent(year, dateline.month(), dateline.day(), a.body())) {
      return a;
    }
    LocalDate d = LocalDate.of(year, dateline.month(), dateline.day());
    if (a.published() != null && a.published().date().equals(d)) {
      return a;
    }
    return a.withPublished(new Published(d.toString(), d, "dateline", true));
  }

  private Published published(RawDocument raw, Datelines.Dateline dateline, String text) {
    String crawled = raw.published() != null && raw.published().startsWith(RawDocument.CRAWLED)
        ? raw.published().substring(RawDocument.CRAWLED.length()) : null;
    LenientDates.Parsed fetched = crawled == null ? null : LenientDates.parse(crawled);
    LenientDates.Parsed meta = crawled != null ? null : LenientDates.parse(raw.published());
    if (meta != null) {
      // "Date: 09/03/2026" over "Ashbury, 9 March (EDS) -": the report's own dateline says
      // which way round its numbers go.
      LenientDates.Parsed swapped = LenientDates.dayFirst(raw.published());
      if (swapped != null && dateline != null && dateline.month() == swapped.date().getMonthValue()
          && dateline.day() == swapped.date().getDayOfMonth()) {
        meta = swapped;
      }
      return new Published(meta.iso(), meta.date(), "metadata", false);
    }
    if (dateline != null && dateline.month() > 0) {
      Integer year = dateline.year();
      boolean inferred = false;
      if (year == null) {
        // (an archived page is no newer than its fetch)
        year = YearInference.infer(dateline.month(), dateline.day(), text,
            fetched != null ? fetched.date().getYear() : Year.now(clock).getValue());
        inferred = year != null;
      }
      if (year != null) {
        try {
          LocalDate d = LocalDate.of(year, dateline.month(), dateline.day());
          return new Published(d.toString(), d, "dateline", inferred);
        } catch (java.time.DateTimeException e) {
          // An impossible dateline (June 31) dates nothing; fall through to the text.
        }
      }
    }
    String head = raw.text().length() > 600 ? raw.text().substring(0, 600) : raw.text();
    LenientDates.Parsed inText = LenientDates.findInText(head);
    if (inText != null && !inText.date().isAfter(LocalDate.now(clock).plusDays(1))) {
      return new Published(inText.iso(), inText.date(), "text", false);
    }
    // Nothing in the page dates it: when it was fetched is the latest it can be from.
    return fetched == null ? null : new Published(fetched.iso(), fetched.date(), "crawl", false);
  }

  private static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Splits text into paragraphs. */
  static final class Paragraphs {
    private Paragraphs() {}

    /**
     * Blank lines separate paragraphs. A text with no blank line at all is one paragraph per line
     * (the TASS convention); otherwise lines inside a paragraph are hard wraps and are joined.
     */
    static List<String> split(String text) {
      String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
      List<String> out = new ArrayList<>();
      boolean blankLines = Pattern.compile("\\n[ \\t]*\\n").matcher(t.strip()).find();
      String[] blocks = blankLines ? t.split("\\n[ \\t]*\\n") : t.split("\\n");
      if (blankLines && blocks.length > 0) {
        blocks = headLines(blocks);
      }
      for (String block : blocks) {
        // A line that opens a turn ("Q: …", "A: …", "Ostrem: …", "— We will not …") after a
        // finished sentence is a paragraph of its own even without a blank line: transcripts
        // set one turn per line, and joining them would give the answer the question's words.
        for (String turn : TURN.split(block)) {
          String p = turn.replaceAll("[ \\t]*\\n[ \\t]*", " ").replaceAll("[ \\t]+", " ").strip();
          if (!p.isEmpty()) {
            out.add(p);
          }
        }
      }
      return out;
    }

    /**
     * "Headline\nBy LORNA PEMBERTON\nMarch 11, 2025, 10:05 AM" with no blank line between, or a
     * headline set twice on consecutive lines: the head's byline, date line and repeated line
     * are lines of their own, not one long title.
     */
    private static String[] headLines(String[] blocks) {
      String[] lines = blocks[0].strip().split("\\n");
      if (lines.length < 2) {
        return blocks;
      }
      List<String> head = new ArrayList<>();
      StringBuilder current = new StringBuilder(lines[0].strip());
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i].strip();
        boolean own = BYLINE.matcher(line).matches() || line.equals(lines[i - 1].strip())
            || line.split("\\s+").length <= 8 && LenientDates.parse(line) != null
                && !line.matches(".*\\p{Ll}{3,}\\s+\\p{Ll}{3,}.*");
        if (own) {
          head.add(current.toString());
          current = new StringBuilder(line);
        } else {
          current.append('\n').append(line);
        }
      }
      if (head.isEmpty()) {
        return blocks;
      }
      head.add(current.toString());
      List<String> out = new ArrayList<>(head);
      out.addAll(java.util.Arrays.asList(blocks).subList(1, blocks.length));
      return out.toArray(String[]::new);
    }

    /** A line break after a sentence's end before a speaker's label or a speech dash. */
    private static final Pattern TURN = Pattern.compile(
        "(?<=[.?!\"”’)])[ \\t]*\\n(?=[ \\t]*(?:(?:Q|A|Question|Answer)[.:][ \\t]"
            + "|\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]\\p{Lu}[\\p{L}.'’-]*){0,3}:[ \\t]|[—–][ \\t]))");
  }

}
