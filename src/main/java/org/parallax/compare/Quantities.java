package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.Months;

/**
 * Counted and measured amounts in a sentence ("about 300 people", "$1.2 million", "4 percent"),
 * each with what it counts and the words around it. Outlets disagreeing on a figure rarely word
 * the sentence alike ("the subsidy would cost about 1.2 million dollars a year" against "voted
 * against the subsidy, which will cost about 1.5 million dollars a year"), so the figure's unit
 * and its neighbourhood, not the whole sentence, decide whether two figures measure one thing.
 */
final class Quantities {
  /** One amount: its value in plain units, as written, what it counts, the words near it. */
  record Quantity(double value, String shown, String unit, Set<String> context,
      boolean approximate, int bound) {
    Quantity(double value, String shown, String unit, Set<String> context) {
      this(value, shown, unit, context, false, 0);
    }

    Quantity(double value, String shown, String unit, Set<String> context,
        boolean approximate) {
      this(value, shown, unit, context, approximate, 0);
    }
  }

  private static final Pattern TOTAL_OF = Pattern.compile(
      "\\b(?:one|two|three|four|five|\\d+|some|most|all|none|each|either|both)\\s+of\\s+"
          + "(?:its|the|their|his|her|our|my|your|these|those)\\s*$");
  private static final Pattern ONE_AFTER = Pattern.compile(
      "\\b(?:on|in|at|with|by|into|onto|from|for|to|under)\\s*$");

  /** "more than 1%", "at least 300": the figure is a floor ({@code bound} 1). */
  private static final Pattern FLOOR = Pattern.compile("(?i)(?:more than|over|at least|just over"
      + "|upwards of|in excess of|above|exceeding)\\s*$");
  /** "fewer than 300", "up to 50", "nearly 50": the figure is a ceiling ({@code bound} -1). */
  private static final Pattern CEILING = Pattern.compile("(?i)(?:less than|fewer than|under"
      + "|up to|just under|no more than|below|nearly|almost)\\s*$");

  private static final Set<String> DURATIONS = Set.of("year", "month", "week", "day", "hour",
      "minute", "decade", "season");

  /** Words that give a figure as an estimate ("nearly 50", "about 300", "more than 5,000"). */
  private static final Pattern APPROXIMATE = Pattern.compile("(?i)(?:about|around|nearly|almost"
      + "|roughly|approximately|some|over|under|more than|less than|fewer than|up to|at least"
      + "|an estimated|close to|just over|just under)\\s*$");

  private static final Pattern AMOUNT = Pattern.compile(
      "(?<cur>[$€£])?\\s?(?<!\\d[-–:/.,])(?<!\\w)(?<num>" + Numerals.PATTERN + ")"
          + "(?![-–:/]\\d)(?:\\s?(?<scale>million|billion|trillion|thousand|bn|mn|mln|bln|m|Mio|Mrd|Mld|Tsd)s?\\b)?"
          + "(?:[\\s\\u00a0\\u202f]?(?<pct>%|percent\\b|per cent\\b))?");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
  /** Scale words, with the German and Italian abbreviations translations keep ("3,1 Mrd."). */
  static final Map<String, Double> SCALE = Map.ofEntries(Map.entry("thousand", 1e3),
      Map.entry("million", 1e6), Map.entry("m", 1e6), Map.entry("mn", 1e6),
      Map.entry("mln", 1e6), Map.entry("billion", 1e9), Map.entry("bn", 1e9),
      Map.entry("bln", 1e9), Map.entry("trillion", 1e12), Map.entry("Mio", 1e6),
      Map.entry("Mrd", 1e9), Map.entry("Mld", 1e9), Map.entry("Tsd", 1e3));
  private static final Map<String, String> CURRENCY = Map.of("$", "dollar", "€", "euro", "£",
      "pound");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  /** Words after a number that say nothing about what it counts. */
  private static final Set<String> NOT_UNITS = Set.of("a", "an", "the", "of", "and", "or", "to",
      "in", "on", "at", "by", "for", "from", "with", "per", "than", "as", "is", "was", "were",
      "are", "be", "had", "has", "have", "said", "says", "p", "a.m", "pm", "am", "gmt", "utc",
      "st", "nd", "rd", "th", "more", "other", "others", "that", "who", "which", "this", "it");
  /** Words too common in news to show two figures are about the same thing. */
  private static final Set<String> GENERIC = Set.of("about", "nearly", "almost", "around",
      "roughly", "approximately", "some", "least", "more", "less", "than", "over", "under",
      "only", "also", "said", "says", "would", "will", "could", "should", "that", "this",
      "with", "from", "have", "were", "been", "their", "there", "they", "which", "what",
      "when", "after", "before", "year", "years", "week", "weeks", "month", "months", "last",
      "first", "into", "since", "until", "while", "according", "told", "total", "number");

  private Quantities() {}

  static List<Quantity> of(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    record Raw(double value, String num, String cur, String scale, boolean pct, int from,
        int to) {}
    List<Raw> raws = new ArrayList<>();
    // "three cracks" against "four cracks": counts written out are figures too.
    Matcher spelled = SPELLED.matcher(text);
    while (spelled.find()) {
      Integer v = spelledValue(spelled.group());
      if (v != null) {
        raws.add(new Raw(v, spelled.group(), null, null, false, spelled.start(), spelled.end()));
      }
    }
    Matcher m = AMOUNT.matcher(text);
    while (m.find()) {
      String num = m.group("num");
      String scale = m.group("scale");
      if (scale != null && scale.equals("m") && m.group("cur") == null) {
        continue; // "7 m" is metres
      }
      if (MONTHS.contains(wordBefore(words, text, m.start("num")))) {
        continue; // "March 3"
      }
      raws.add(new Raw(Numerals.value(num), num, m.group("cur"), scale,
          m.group("pct") != null, m.start(), m.end()));
    }
    raws.sort(java.util.Comparator.comparingInt(Raw::from));
    List<Quantity> out = new ArrayList<>();
    // "by a quarter of a percentage point", "by half a percentage point", "by 25 basis points":
    // one change of a rate, in points of a percentage, however it is written.
    List<int[]> pointSpans = new ArrayList<>();
    Matcher pt = POINTS.matcher(text);
    while (pt.find()) {
      double v = pt.group("num") != null ? Double.parseDouble(pt.group("num").replace(',', '.'))
          : pt.group("frac").toLowerCase(Locale.ROOT).contains("three") ? 0.75
              : pt.group("frac").toLowerCase(Locale.ROOT).contains("half") ? 0.5 : 0.25;
      if (pt.group("kind").equalsIgnoreCase("basis")) {
        v /= 100;
      }
      pointSpans.add(new int[] {pt.start(), pt.end()});
      Set<String> near = context(words, text, pt.start(), pt.end(), PERCENTAGE_POINT);
      near.removeIf(RATE_WORDS::contains);
      out.add(new Quantity(v, pt.group().strip(), PERCENTAGE_POINT, near));
    }
    // "by a vote of 312-288", "312 votes to 287", "won 3-1": a tally is one figure of two parts.
    Matcher tally = TALLY.matcher(text);
    while (tally.find()) {
      boolean votes = tally.group(2) != null || VOTE_WORDS.matcher(text.substring(
          Math.max(0, tally.start() - 40), Math.min(text.length(), tally.end() + 40))).find();
      int a = Integer.parseInt(tally.group(1));
      int b = Integer.parseInt(tally.group(3));
      if (!votes || tally.group(1).length() > 4 || tally.group(3).length() > 4) {
        continue;
      }
      pointSpans.add(new int[] {tally.start(), tally.end()});
      Set<String> near = context(words, text, tally.start(), tally.end(), TALLY_UNIT);
      near.removeIf(stem -> stem.startsWith("vote"));
      out.add(new Quantity(a * 10000.0 + b, tally.group().strip(), TALLY_UNIT, near));
    }
    // "The number of people killed has risen to 31", "the death toll rose to 37": a count of
    // the dead (or injured) whose noun stands before it.
    Matcher toll = TOLL.matcher(text);
    while (toll.find()) {
      String num = toll.group("num");
      if (!Numerals.isNumber(num)) {
        continue;
      }
      String kind = toll.group("kind").toLowerCase(Locale.ROOT);
      String unit = kind.contains("injur") || kind.contains("wound") ? "injured" : "death";
      pointSpans.add(new int[] {toll.start("num"), toll.end("num")});
      Set<String> near = context(words, text, toll.start("num"), toll.end("num"), unit);
      out.add(new Quantity(Numerals.value(num), num + " (" + kind.replaceAll("\\s+", " ") + ")",
          unit, near));
    }
    Matcher sides = TALLY_SIDES.matcher(text);
    while (sides.find()) {
      if (pointSpans.stream().anyMatch(sp -> sides.start() < sp[1] && sides.end() > sp[0])) {
        continue;
      }
      int a = Integer.parseInt(sides.group(1) != null ? sides.group(1) : sides.group(3));
      int b = Integer.parseInt(sides.group(2) != null ? sides.group(2) : sides.group(4));
      pointSpans.add(new int[] {sides.start(), sides.end()});
      Set<String> near = context(words, text, sides.start(), sides.end(), TALLY_UNIT);
      near.removeIf(stem -> stem.startsWith("vote") || stem.startsWith("favo")
          || stem.startsWith("against"));
      out.add(new Quantity(a * 10000.0 + b, a + "-" + b, TALLY_UNIT, near));
    }
    raws.removeIf(x -> pointSpans.stream().anyMatch(sp -> x.from() < sp[1] && x.to() > sp[0]));
    // "discovered the intrusion on Nov. 19" / "found it on November 18": a day of a month is a
    // figure outlets can disagree on, counted in days of that month.
    for (DateAt d : dates(text)) {
      // The month's own name is in both dates' neighbourhoods: it shows no common fact.
      String month = Months.name(d.month()).substring(0, 3).toLowerCase(Locale.ROOT);
      Set<String> near = context(words, text, d.start(), d.shownEnd(), DATE + month);
      near.removeIf(stem -> stem.startsWith(month));
      out.add(new Quantity(d.day(), text.substring(d.start(), d.shownEnd()).strip(),
          DATE + month, near));
    }
    for (int r = 0; r < raws.size(); r++) {
      Raw x = raws.get(r);
      String prefix = text.substring(Math.max(0, x.from() - 24), x.from())
          .toLowerCase(Locale.ROOT);
      // "one of its two runways": the total a part is taken from is no count of the thing
      // reported ("one runway was closed"), and "fly on one engine" says how, not how many.
      if (TOTAL_OF.matcher(prefix).find() || x.value() == 1 && ONE_AFTER.matcher(prefix).find()) {
        continue;
      }
      String cur = x.cur();
      String scale = x.scale();
      boolean pct = x.pct();
      int[] unitWord = null;
      String next = wordAt(words, text, x.to());
      // "from 5 to 6.5 percent", "between 300 and 350 people": the first figure has the second's
      // unit and scale.
      if (cur == null && scale == null && !pct && r + 1 < raws.size()
          && (next == null ? DASHES.contains(text.substring(x.to(), raws.get(r + 1).from())
              .strip()) : RANGE.contains(next) && wordAt(words, text,
                  raws.get(r + 1).from()) == null && raws.get(r + 1).from() - x.to() <= 6)) {
        Raw y = raws.get(r + 1);
        cur = y.cur();
        scale = y.scale();
        pct = y.pct();
        unitWord = pct || cur != null ? null : unitWord(words, text, y.to());
      } else if (!pct && cur == null) {
        unitWord = unitWord(words, text, x.to());
      }
      String unit;
      if (pct) {
        unit = "percent";
      } else if (cur != null) {
        unit = CURRENCY.get(cur);
      } else if (unitWord != null) {
        unit = singular(text.substring(unitWord[0], unitWord[1]).toLowerCase(Locale.ROOT));
        unit = SAME_COUNT.getOrDefault(unit, unit);
        // "employs about 260 people" / "around 250 staff": whom a firm employs are its workers
        if (unit.equals("person") && EMPLOYS.matcher(text.substring(Math.max(0, x.from() - 30),
            x.from())).find()) {
          unit = "worker";
        }
      } else {
        continue;
      }
      if (cur == null && scale == null && !pct && x.value() >= 1900 && x.value() <= 2100
          && x.num().length() == 4) {
        continue; // a year
      }
      double value = scale == null ? x.value() : x.value() * SCALE.get(scale);
      String shown = text.substring(x.from(), x.to()).strip()
          + (unitWord != null && unitWord[0] >= x.to() && unitWord[0] - x.to() <= 14
              ? text.substring(x.to(), unitWord[1]) : "");
      String before = text.substring(Math.max(0, x.from() - 16), x.from());
      // "over 12 years" is how long, not "more than"
      boolean overTime = DURATIONS.contains(unit)
          && before.matches("(?is).*\\b(?:over|under)\\s*$");
      boolean approximate = APPROXIMATE.matcher(before).find() && !overTime;
      int bound = overTime ? 0 : FLOOR.matcher(before).find() ? 1
          : CEILING.matcher(before).find() ? -1 : 0;
      Set<String> near = context(words, text, x.from(), x.to(), unit);
      if (pct) {
        near.removeIf(RATE_WORDS::contains); // the words of "percentage point" near a rate
      }
      out.add(new Quantity(value, shown, unit, near, approximate, bound));
    }
    return out;
  }

  /**
   * Nouns outlets use for one count ("300 workers" / "350 employees"): a translation or another
   * desk's wording changes the noun, not the thing counted.
   */
  private static final Map<String, String> SAME_COUNT = Map.ofEntries(
      Map.entry("employee", "worker"), Map.entry("staffer", "worker"),
      Map.entry("staff", "worker"), Map.entry("people", "person"),
      Map.entry("individual", "person"), Map.entry("resident", "person"),
      Map.entry("villager", "person"), Map.entry("inhabitant", "person"),
      // a study's "12,400 people" / "14,200 Brits" / "12,400 participants" ("adults" stay
      // apart: "three people, two adults and a child" is a breakdown, not a disagreement)
      Map.entry("participant", "person"),
      // an airline's "164 customers" are the passengers others count
      Map.entry("customer", "passenger"), Map.entry("traveller", "passenger"),
      Map.entry("traveler", "passenger"),
      Map.entry("person", "person"), Map.entry("brit", "person"), Map.entry("briton", "person"),
      Map.entry("citizen", "person"), Map.entry("local", "person"), Map.entry("troop", "soldier"),
      Map.entry("serviceman", "soldier"), Map.entry("servicemen", "soldier"),
      Map.entry("policeman", "officer"), Map.entry("policemen", "officer"),
      Map.entry("fireman", "firefighter"), Map.entry("firemen", "firefighter"),
      Map.entry("kid", "child"), Map.entry("children", "child"), Map.entry("house", "home"),
      Map.entry("dwelling", "home"), Map.entry("household", "home"), Map.entry("fatality", "death"), Map.entry("dead", "death"),
      Map.entry("injury", "injured"), Map.entry("wounded", "injured"),
      Map.entry("usd", "dollar"), Map.entry("eur", "euro"), Map.entry("pc", "percent"),
      // British and American spellings and abbreviations of one unit
      Map.entry("kilometre", "km"), Map.entry("kilometer", "km"), Map.entry("meter", "metre"),
      Map.entry("centimetre", "cm"), Map.entry("centimeter", "cm"),
      Map.entry("millimetre", "mm"), Map.entry("millimeter", "mm"), Map.entry("litre", "liter"),
      Map.entry("kilogram", "kg"), Map.entry("kilogramme", "kg"), Map.entry("ton", "tonne"),
      Map.entry("mi", "mile"),
      // what a closure cuts ("640 jobs" / "460 roles" / "600 posts")
      Map.entry("role", "job"), Map.entry("post", "job"), Map.entry("position", "job"),
      // what a summit signs ("12 agreements" / "14 deals")
      Map.entry("deal", "agreement"), Map.entry("accord", "agreement"),
      Map.entry("pact", "agreement"));
  private static final Pattern EMPLOYS = Pattern.compile(
      "(?i)\\b(?:employs|employing|employed|employ|workforce of|staff of)\\b[^.,;]*$");
  private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
      "seventy", "eighty", "ninety"};
  /**
   * Counts written out, with hyphenated tens ("twenty-five") and "dozen"; "one" only right
   * before the word it counts ("One firefighter was treated"), as it is too often no count: "one
   * of the", "no one", "the one who", "one another".
   */
  static final Pattern SPELLED = Pattern.compile("(?i)(?<![\\p{L}-])(?:(?:twenty|thirty|forty|fifty"
      + "|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
      + "|(?<!(?:no|the|any|every|some|which|this|that|each)\\s)one(?=\\s+\\p{Ll})"
      + "(?!\\s+(?:of|another|or|and|in|on|at|by|after|more|less|thing|way|side|hand|time|day"
      + "|point|who|that|which|is|was|has|had|will|would|could|can|says|said)\\b)|two"
      + "|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
      + "|sixteen|seventeen|eighteen|nineteen|dozen)(?![\\p{L}-])");

  /** The value of a {@link #SPELLED} match. */
  static Integer spelledValue(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.equals("dozen")) {
      return 12;
    }
    int value = 0;
    for (String part : w.split("-")) {
      int found = -1;
      for (int i = 0; i < UNITS.length; i++) {
        found = UNITS[i].equals(part) ? i : found;
      }
      for (int i = 0; i < TENS.length; i++) {
        found = !TENS[i].isEmpty() && TENS[i].equals(part) ? 10 * i : found;
      }
      if (found < 0) {
        return null;
      }
      value += found;
    }
    return value;
  }

  private static final Set<String> RANGE = Set.of("to", "and", "or");
  private static final Set<String> DASHES = Set.of("-", "–");
  /** Words between a figure and what it counts: "212 scheduled services", "9 new cases". */
  /** Words ending in s after a figure's first word that are no plural noun it counts. */
  private static final Set<String> NOT_PLURAL_NOUNS = Set.of("says", "was", "has", "does",
      "goes", "gets", "makes", "takes", "comes", "means", "gives", "looks", "seems", "remains",
      "needs", "wants", "tells", "plans", "hopes", "this", "thus", "plus", "less", "unless",
      "across", "towards", "afterwards", "perhaps", "always", "sometimes", "its", "his", "hers",
      "ours", "yours", "theirs", "whereas", "besides", "lies", "stands", "shows", "adds");
  private static final Set<String> MODIFIERS = Set.of("new", "more", "additional", "extra",
      "full", "daily", "weekly", "monthly", "annual", "local", "foreign", "other", "small",
      "large", "major", "minor", "confirmed", "registered", "scheduled", "armed", "young",
      "old", "elderly");

  private static final Pattern ORDINAL = Pattern.compile("(?:st|nd|rd|th)(-\\p{L}+)?");

  /** The noun a figure ending at {@code at} counts, skipping one modifier; null if none. */
  private static int[] unitWord(List<int[]> words, String text, int at) {
    for (int k = 0; k < words.size(); k++) {
      int[] w = words.get(k);
      if (w[0] < at) {
        continue;
      }
      String between = text.substring(at, w[0]);
      // "3,1 Mrd. Euro": an abbreviated scale's full stop
      boolean abbreviated = between.strip().equals(".")
          && text.substring(Math.max(0, at - 3), at).matches("Mio|Mrd|Mld|Tsd");
      if (!between.isBlank() && !between.equals("-") && !abbreviated) {
        return null; // "300, the police said": nothing counted ("a 60-metre crane" counts)
      }
      String s = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
      // "the 87th minute", "his 88th-minute strike": an ordinal's unit is the word after it
      Matcher ordinal = ORDINAL.matcher(s);
      if (ordinal.matches() && between.isEmpty()) {
        if (ordinal.group(1) != null) {
          return new int[] {w[0] + s.indexOf('-') + 1, w[1]};
        }
        if (k + 1 < words.size() && text.substring(w[1], words.get(k + 1)[0]).isBlank()) {
          return words.get(k + 1);
        }
        return null;
      }
      if (MODIFIERS.contains(s) && k + 1 < words.size()
          && text.substring(w[1], words.get(k + 1)[0]).isBlank()) {
        k++;
        w = words.get(k);
        s = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
      }
      // "40 cargo ships", "1,800 dock workers": a noun modifying the counted one
      // ("40 dialysis machines", "12 bus routes": a singular ending in s modifies too)
      boolean singular = !s.endsWith("s") || s.endsWith("sis") || s.endsWith("ss")
          || s.endsWith("us");
      if (singular && k + 1 < words.size()
          && text.substring(w[1], words.get(k + 1)[0]).equals(" ")) {
        int[] x = words.get(k + 1);
        String head = text.substring(x[0], x[1]).toLowerCase(Locale.ROOT);
        if (head.endsWith("s") && !head.endsWith("ss") && head.length() >= 4
            && !NOT_PLURAL_NOUNS.contains(head) && !NOT_UNITS.contains(s)) {
          return x;
        }
      }
      return NOT_UNITS.contains(s) || MONTHS.contains(s) ? null : w;
    }
    return null;
  }

  private static final Set<String> MONTH_WORDS = Set.of("January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December", "Jan",
      "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");

  /**
   * Whether a capitalized month name stands in the text: one pass over its words, so the date
   * patterns (an alternation tried at every position) run only where a date can be.
   */
  static boolean hasMonth(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'S' || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
        continue;
      }
      int j = i + 1;
      while (j < n && j - i <= 9 && Character.isLowerCase(text.charAt(j))) {
        j++;
      }
      if (j - i >= 3 && MONTH_WORDS.contains(text.substring(i, j))) {
        return true;
      }
    }
    return false;
  }

  /** The unit of a day of a month: "day of nov". */
  static final String DATE = "day of ";
  static final String PERCENTAGE_POINT = "percentage point";
  /** A vote or score of two parts, valued as the first part × 10,000 plus the second. */
  static final String TALLY_UNIT = "tally";
  private static final Pattern TALLY = Pattern.compile(
      "(?<![\\d.,$€£])(\\d{1,5})(?:(\\s+votes?\\s+to\\s+)|\\s?[-–]\\s?|\\s+to\\s+)(\\d{1,5})"
          + "(?![\\d%]|[.,]\\d)");
  private static final Pattern TOLL = Pattern.compile(
      "(?i)\\b(?<kind>death toll|toll|number of (?:people |those )?(?:killed|dead|deaths|fatalities"
          + "|victims|injured|wounded|injuries))\\b[^.;:\\d]{0,50}?\\b(?:has |had |have )?(?:rose|risen"
          + "|rises|climbed|climbs|jumped|increased|reached|stands|stood|is|was|now|grew|grown)"
          + "\\s+(?:to\\s+|at\\s+)?(?:at least\\s+|about\\s+|more than\\s+)?(?<num>\\d[\\d,.]*\\d|\\d)");

  /**
   * "176 votes in favour, 171 against", "For the law voted 176 deputies, against – 171": a
   * tally written out as its two sides.
   */
  private static final Pattern TALLY_SIDES = Pattern.compile(
      "(?i)(?<![\\d.,$€£])(\\d{1,4})\\s+(?:(?:votes?|deputies|MPs|members|lawmakers|senators"
          + "|councillors|councilors|delegates|legislators)\\s+)?(?:were\\s+)?(?:in\\s+favou?r|for)\\b"
          + "[^.;\\d]{0,20}?\\b(?:and|with|to|,)\\s*(\\d{1,4})\\s+(?:votes?\\s+)?(?:were\\s+)?against"
          + "|(?i)\\b(?:for|in\\s+favou?r\\s+of)\\b[^.;\\d]{0,30}?(?<![\\d.,])(\\d{1,4})\\b[^.;\\d]{0,25}?"
          + "\\bagainst\\s*[-–—:,]?\\s*(\\d{1,4})(?![\\d%]|[.,]\\d)");
  private static final Pattern VOTE_WORDS = Pattern.compile(
      "(?i)\\b(?:vot(?:e|es|ed|ing)|tally|score|won|win|beat|lost|defeated|margin)\\b");
  /** Stems of how a rate's change is written, which say nothing of what changed. */
  private static final Set<String> RATE_WORDS = Set.of("percentag", "point", "basi", "quarter",
      "half", "three");
  private static final Pattern POINTS = Pattern.compile("(?i)\\b(?:(?<num>\\d+(?:[.,]\\d+)?)|"
      + "(?<frac>half a|a half|a quarter of a|a quarter|three[ -]quarters of a))\\s+"
      + "(?<kind>percentage|basis)[ -]points?\\b");
  /**
   * A day of a month written in the text: where it stands (with the year written after it, if
   * any), where the day and month end, and its values.
   */
  record DateAt(int start, int end, int shownEnd, int month, int day) {}

  private static final Pattern DAY_OF_MONTH = Pattern.compile(
      "\\b(?<m1>" + Months.MONTH + ")\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)"
          + "(?<y1>,?\\s+\\d{4}\\b)?"
          + "|(?<![\\d,.])\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + Months.MONTH
          + ")\\b(?<y2>\\s+\\d{4}\\b)?");

  /** The days of a month the text names ("Nov. 19", "19 November", "November 19, 2026"). */
  static List<DateAt> dates(String text) {
    List<DateAt> out = new ArrayList<>();
    if (!hasMonth(text)) {
      return out;
    }
    Matcher d = DAY_OF_MONTH.matcher(text);
    while (d.find()) {
      boolean monthFirst = d.group("m1") != null;
      int day = Integer.parseInt(monthFirst ? d.group("d1") : d.group("d2"));
      String year = monthFirst ? "y1" : "y2";
      if (day >= 1 && day <= 31) {
        out.add(new DateAt(d.start(), d.end(), d.group(year) == null ? d.end() : d.start(year),
            Months.month(monthFirst ? d.group("m1") : d.group("m2")), day));
      }
    }
    return out;
  }

  /** Same unit, different value, a word of the neighbourhood in common. */
  static boolean disagree(Quantity a, Quantity b) {
    if (!close(a, b)) {
      return false;
    }
    for (String c : a.context()) {
      if (b.context().contains(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Same unit, different values near enough to be two counts of one thing (the neighbourhood
   * not consulted).
   */
  static boolean close(Quantity a, Quantity b) {
    if (!a.unit().equals(b.unit()) || a.value() == b.value() || a.value() <= 0
        || b.value() <= 0) {
      return false;
    }
    if (a.unit().startsWith(DATE)) {
      return Math.abs(a.value() - b.value()) <= 7; // within a week: the same event's day
    }
    if (a.unit().equals(TALLY_UNIT)) {
      // one part each near the other's: "312-288" / "312 votes to 287"
      double a1 = Math.floor(a.value() / 10000);
      double a2 = a.value() - a1 * 10000;
      double b1 = Math.floor(b.value() / 10000);
      double b2 = b.value() - b1 * 10000;
      return Math.abs(a1 - b1) <= Math.max(3, 0.1 * Math.max(a1, b1))
          && Math.abs(a2 - b2) <= Math.max(3, 0.1 * Math.max(a2, b2));
    }
    if (a.unit().equals(PERCENTAGE_POINT)) {
      // a quarter of a point against half a point is the whole disagreement there can be
      return Math.max(a.value(), b.value()) <= 5;
    }
    double hi = Math.max(a.value(), b.value());
    double lo = Math.min(a.value(), b.value());
    // "more than 1%" / "1.2%", "at least 300" / "more than 350": a floor or a ceiling that the
    // other figure keeps to is no disagreement. Two ceilings or two floors are two statements
    // of one limit: "gusts of up to 60 km/h" / "up to 70 km/h" disagree.
    if ((a.bound() != 0 || b.bound() != 0) && a.bound() != b.bound()) {
      double aLo = a.bound() < 0 ? Double.NEGATIVE_INFINITY : a.value();
      double aHi = a.bound() > 0 ? Double.POSITIVE_INFINITY : a.value();
      double bLo = b.bound() < 0 ? Double.NEGATIVE_INFINITY : b.value();
      double bHi = b.bound() > 0 ? Double.POSITIVE_INFINITY : b.value();
      if (aLo <= bHi && bLo <= aHi) {
        return false;
      }
    }
    // "Forty-seven residents" / "nearly 50 people": a round estimate this near the exact count
    // agrees with it ("about 300" / "about 350" does not), but "about 298 million" is as
    // precise as "312 million" and disagrees with it.
    if ((a.approximate() && round(a.value()) || b.approximate() && round(b.value()))
        && hi <= lo * 1.08) {
      return false;
    }
    // Outlets that disagree on a figure give nearby values ("about 300" / "about 350"); one
    // twice another usually counts over another span ("212 services on Monday" / "424 over the
    // two days") or another thing. Small counts vary more ("3 killed" / "5 killed"), and "one
    // firefighter" against "two firefighters" is the smallest disagreement there is.
    // "£4.2m" / "£2,400,000": the same digits in another order are one figure mistyped.
    return hi <= 1.5 * lo || (hi <= 20 && hi < 2 * lo) || (lo == 1 && hi == 2)
        || hi < 10 * lo && sameDigits(hi, lo);
  }

  /** Whether a value has at most two significant digits ("50", "300", "1.2 million"). */
  private static boolean round(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().precision() <= 2;
  }

  /**
   * "14,200 Brits" / "12,400 adults": one count whose digits were swapped in the copying, a
   * disagreement whatever the words around it, as chance rarely gives two counts of one story
   * the same three digits.
   */
  static boolean transposed(Quantity a, Quantity b) {
    return a.unit().equals(b.unit()) && a.value() != b.value() && !a.unit().startsWith(DATE)
        && !a.unit().equals(TALLY_UNIT) && Math.min(a.value(), b.value()) >= 100
        && sortedDigits(a.value()).length() >= 3 && sameDigits(a.value(), b.value());
  }

  /** Whether two values written out have the same significant digits, in any order. */
  private static boolean sameDigits(double a, double b) {
    String x = sortedDigits(a);
    return x.length() >= 2 && x.equals(sortedDigits(b));
  }

  /**
   * A value's significant digits, sorted ("4.2m" and "2,400,000" both "24"); remembered, as
   * a story's comparison asks for the same few values very many times.
   */
  private static String sortedDigits(double v) {
    if (SORTED_DIGITS.size() > 50_000) {
      SORTED_DIGITS.clear(); // a long-running server meets ever new values
    }
    return SORTED_DIGITS.computeIfAbsent(v, k -> {
      char[] d = digits(k);
      java.util.Arrays.sort(d);
      return new String(d);
    });
  }

  private static final java.util.Map<Double, String> SORTED_DIGITS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static char[] digits(double v) {
    String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().unscaledValue().abs()
        .toString();
    return s.toCharArray();
  }

  /** The content words of a sentence, stemmed: what two sentences about one fact share. */
  static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    org.tartarus.snowball.ext.EnglishStemmer stemmer = new org.tartarus.snowball.ext.EnglishStemmer();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      String s = w.group().toLowerCase(Locale.ROOT);
      if (s.length() < 4 || GENERIC.contains(s) || NOT_UNITS.contains(s)) {
        continue;
      }
      stemmer.setCurrent(s);
      stemmer.stem();
      out.add(stemmer.getCurrent());
    }
    return out;
  }

  private static Set<String> context(List<int[]> words, String text, int from, int to,
      String unit) {
    Set<String> out = new LinkedHashSet<>();
    org.tartarus.snowball.ext.EnglishStemmer stemmer = new org.tartarus.snowball.ext.EnglishStemmer();
    int first = 0;
    while (first < words.size() && words.get(first)[1] <= from) {
      first++;
    }
    // Five words on either side of the figure, its unit left out, within its clause: in "five
    // people had died and six were still missing" the six are no deaths.
    // (only where the other clause counts something of its own: "1,800 workers took part in
    // the vote and 71 percent backed the deal" is still a vote's percentage)
    int lo = Math.max(0, first - 5);
    for (int k = first - 1; k >= lo; k--) {
      if (CLAUSE_JOINS.contains(text.substring(words.get(k)[0], words.get(k)[1]))) {
        if (countsBetween(text, words.get(lo)[0], words.get(k)[0])) {
          lo = k + 1;
        }
        break;
      }
    }
    int hi = Math.min(words.size(), first + 7);
    for (int k = first + 1; k < hi; k++) {
      if (CLAUSE_JOINS.contains(text.substring(words.get(k)[0], words.get(k)[1]))) {
        if (countsBetween(text, words.get(k)[1], words.get(hi - 1)[1])) {
          hi = k;
        }
        break;
      }
    }
    for (int k = lo; k < hi; k++) {
      String s = text.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
      String one = singular(s);
      if (s.length() < 4 || GENERIC.contains(s) || SAME_COUNT.getOrDefault(one, one).equals(unit)
          || SCALE.containsKey(s) || s.equals("percent") || s.equals("cent") || s.equals("dollars")) {
        continue;
      }
      // Stems, so "voted" and "vote" are one word of the neighbourhood.
      stemmer.setCurrent(s);
      stemmer.stem();
      String stem = stemmer.getCurrent();
      out.add(NEAR_SYNONYMS.getOrDefault(stem, stem));
    }
    return out;
  }

  /**
   * "a payout of about 2.4 million pounds" / "a £3m pay-off": words outlets use for one thing
   * beside its figure, as one word of the neighbourhood.
   */
  private static final Map<String, String> NEAR_SYNONYMS = Map.ofEntries(
      Map.entry("pay-off", "payout"), Map.entry("payoff", "payout"),
      Map.entry("pay-out", "payout"), Map.entry("settlement", "payout"),
      Map.entry("compens", "payout"), Map.entry("severanc", "payout"),
      Map.entry("indemn", "payout"), Map.entry("ransom", "ransom"),
      Map.entry("fatal", "kill"), Map.entry("die", "kill"), Map.entry("dead", "kill"),
      Map.entry("death", "kill"), Map.entry("evacu", "evacu"), Map.entry("flee", "evacu"),
      Map.entry("fled", "evacu"), Map.entry("displac", "evacu"));

  private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "whereas");

  /** Whether the text between two offsets gives a count of its own, in digits or words. */
  private static boolean countsBetween(String text, int from, int to) {
    String between = text.substring(Math.max(0, from), Math.max(from, to));
    return between.chars().anyMatch(Character::isDigit) || SPELLED.matcher(between).find();
  }

  private static String wordBefore(List<int[]> words, String text, int at) {
    String out = null;
    for (int[] w : words) {
      if (w[1] > at) {
        break;
      }
      out = text.substring(w[0], w[1]);
    }
    return out == null ? "" : out.toLowerCase(Locale.ROOT);
  }

  private static String wordAt(List<int[]> words, String text, int at) {
    for (int[] w : words) {
      if (w[0] >= at) {
        // Only the word right after the figure: "300 people", not "300, the police".
        return text.substring(at, w[0]).isBlank()
            ? text.substring(w[0], w[1]).toLowerCase(Locale.ROOT) : null;
      }
    }
    return null;
  }

  private static String singular(String w) {
    // "fishermen" / "fisherman", "women" / "woman", "crewmen" / "crewman"
    if (w.endsWith("men") && w.length() >= 3) {
      return w.substring(0, w.length() - 3) + "man";
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
