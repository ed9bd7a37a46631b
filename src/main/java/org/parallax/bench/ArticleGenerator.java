package org.parallax.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes fictional wire reports: 600–900 words in 25–40 sentences, a dateline with an agency
 * tag, direct and indirect quotes, named people, organizations and places, numbers and dates.
 * Seeded, so a benchmark sees the same text on every run.
 */
public final class ArticleGenerator {
  /** One generated report. */
  public record Generated(String outlet, String tag, String title, String place, LocalDate date,
      String text, int event) {
    /** The text without its headline line: what a JSON-lines record carries as its body. */
    public String body() {
      return text.substring(text.indexOf("\n\n") + 2);
    }
  }

  private static final String[] FIRST = {"Elena", "Marek", "Sofia", "Tomas", "Ingrid", "Rafael",
      "Amara", "Jonas", "Leila", "Viktor", "Nadia", "Oskar", "Priya", "Anders", "Camila", "Dmitri"};
  private static final String[] LAST = {"Varga", "Kowalczyk", "Lindqvist", "Okafor", "Moreau",
      "Castellano", "Haddad", "Novak", "Brennan", "Sato", "Petrov", "Almeida", "Fischer", "Quinn"};
  private static final String[] ROLES = {"the mayor", "the fire chief", "a government spokesman",
      "the interior minister", "the union leader", "a police spokeswoman", "the harbour master",
      "the regional governor", "an opposition lawmaker", "the company's chief executive"};
  private static final String[] PLACES = {"Gdansk", "Porto", "Tallinn", "Lisbon", "Riga", "Bergen",
      "Valencia", "Antwerp", "Thessaloniki", "Tampere", "Split", "Cork", "Brno", "Malmo"};
  private static final String[] OUTLETS = {"NORDPRESS", "BALTICA.NEWS", "Meridian Wire",
      "Coastline Daily", "Eastgate Radio", "Valley Bulletin"};
  private static final String[] ORGS = {"the Harbour Authority", "the National Rail Company",
      "the Ministry of Energy", "the City Council", "the Workers' Federation",
      "the Civil Protection Agency", "the Supreme Court", "the Port Workers' Union"};
  private static final String[] TOPICS = {"a warehouse fire", "a rail strike", "a pipeline deal",
      "a bridge closure", "a court ruling on port fees", "flooding in the old town",
      "a budget vote", "a ferry collision"};
  private static final String[] VERBS = {"said", "told reporters", "insisted", "added", "warned",
      "argued", "stressed"};
  private static final String[] FILLER = {
      "Officials said the situation remained under close watch throughout the afternoon.",
      "Residents of nearby streets were asked to keep their windows closed as a precaution.",
      "The authority has promised a full review of the procedures that were in place.",
      "Local businesses reported disruption to deliveries for most of the day.",
      "Traffic on the ring road was diverted while emergency crews worked at the scene.",
      "The council is expected to discuss the matter at its next scheduled session.",
      "Insurers have begun assessing the damage, according to people familiar with the talks.",
      "Several witnesses described hearing a loud noise shortly before the incident began.",
      "The opposition called for an independent inquiry into how the decision was taken.",
      "Experts said similar incidents had been recorded in the region in previous years."};

  private static final String[] OPENERS = {"Meanwhile, ", "Separately, ", "Earlier, ",
      "By the evening, ", "As the day went on, ", "Later, ", "At the same time, ", "Still, "};
  private static final String[][] SYNONYMS = {{"affected", "hit"}, {"people", "residents"},
      {"authorities", "officials"}, {"reports", "accounts"}, {"help", "support"},
      {"findings", "conclusions"}, {"disruption", "delays"}, {"promised", "pledged"},
      {"close watch", "careful monitoring"}, {"deserve", "are owed"}, {"costs", "bill"},
      {"prevented", "averted"}, {"scene", "site"}, {"asked", "urged"}, {"incident", "accident"},
      {"everything we can", "all we can"}, {"will not rest", "won't stop"},
      {"clear answers", "straight answers"}, {"excuses", "evasions"}};

  private final Random random;
  private final boolean reworded;

  public ArticleGenerator(long seed) {
    this(seed, false);
  }

  /**
   * With {@code reworded}, every sentence is rewritten per report (openers, synonyms, a made-up
   * district or bulletin), as independent outlets write: no two reports share a sentence word for
   * word, which is what a comparison benchmark must face. Without it, reports of one event repeat
   * template sentences, as syndicated copy does.
   */
  public ArticleGenerator(long seed, boolean reworded) {
    this.random = new Random(seed);
    this.reworded = reworded;
  }

  public Generated next() {
    int event = random.nextInt(400);
    Random ev = new Random(event * 7919L);
    LocalDate date = LocalDate.of(2025, 1, 1).plusDays(ev.nextInt(300));
    return forEvent(event, date);
  }

  /**
   * A report of event number {@code event} published on {@code date}: every report of one event
   * shares its place, people, organization and numbers, and differs in wording and outlet.
   */
  public Generated forEvent(int event, LocalDate date) {
    Random ev = new Random(event * 7919L);
    ev.nextInt(300);
    // Real archives name thousands of towns and people: draw them from syllables, so two events
    // rarely share a name, as two real fires rarely do.
    String place = ev.nextInt(4) == 0 ? pick(ev, PLACES) : word(ev, 2, 3);
    String topic = pick(ev, TOPICS);
    String org = pick(ev, ORGS).replace("the ", "the " + place + " ");
    String person = word(ev, 2, 2) + " " + word(ev, 2, 3);
    String role = pick(ev, ROLES);
    String second = word(ev, 2, 2) + " " + word(ev, 2, 3);
    int number = 20 + ev.nextInt(480);
    String tag = pick(random, OUTLETS);
    String outlet = tag.contains(".") ? tag.substring(0, tag.indexOf('.')) : tag;
    String title = capitalize(topic) + " in " + place + " leaves " + number + " affected, "
        + person.split(" ")[1] + " says";
    int sentences = 25 + random.nextInt(16);
    int targetWords = 600 + random.nextInt(301);
    List<String> paras = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    String dateline = place.toUpperCase(java.util.Locale.ROOT) + ", "
        + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
        + " " + date.getDayOfMonth() + ". /" + tag + "/. ";
    para.append(dateline).append(capitalize(topic)).append(" in ").append(place)
        .append(" on ").append(date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
            java.util.Locale.ENGLISH))
        .append(" affected about ").append(number).append(" people, ").append(role).append(", ")
        .append(person).append(", ").append(pick(random, VERBS)).append(".");
    int words = 30;
    int count = 1;
    while (count < sentences || words < targetWords) {
      String s = sentence(person, second, role, org, place, number, date);
      if (reworded) {
        s = reword(s);
      }
      if (para.length() > 0) {
        para.append(' ');
      }
      para.append(s);
      words += s.split(" ").length;
      count++;
      if (random.nextInt(3) == 0) {
        paras.add(para.toString());
        para.setLength(0);
      }
      if (words > 900 || count >= 40 && words >= 600) {
        break;
      }
    }
    if (para.length() > 0) {
      paras.add(para.toString());
    }
    String text = title + "\n\n" + String.join("\n\n", paras) + "\n";
    return new Generated(outlet, tag, title, place, date, text, event);
  }

  private String sentence(String person, String second, String role, String org, String place,
      int number, LocalDate date) {
    String last = person.split(" ")[1];
    return switch (random.nextInt(7)) {
      case 0 -> "\"We are doing everything we can to help the " + number + " families affected, and "
          + "we will not rest until the work is done,\" " + last + " " + pick(random, VERBS) + ".";
      case 1 -> last + " said that " + org + " would publish its findings within " + (2
          + random.nextInt(10)) + " weeks and that nobody would be left without support.";
      case 2 -> "According to " + second + ", a spokesperson for " + org + ", the first reports "
          + "reached the authorities shortly after " + (5 + random.nextInt(6)) + " a.m.";
      case 3 -> "“The people of " + place + " deserve clear answers, not excuses,” " + second
          + " " + pick(random, VERBS) + ", adding that the costs could reach " + (1
          + random.nextInt(90)) + " million euros.";
      case 4 -> capitalize(role) + " " + pick(random, VERBS) + " that the measures taken since "
          + date.getYear() + " had prevented a far worse outcome.";
      case 5 -> pick(random, FILLER).replace("the region", place).replace("the day",
          "the day in " + place);
      default -> {
        String f = pick(random, FILLER);
        yield "In " + place + ", " + Character.toLowerCase(f.charAt(0)) + f.substring(1);
      }
    };
  }

  private String reword(String s) {
    for (String[] pair : SYNONYMS) {
      if (random.nextBoolean()) {
        s = s.replace(pair[0], pair[1]);
      }
    }
    // Outlets quote the same words, but rarely the same sentence more than once in one report.
    s = s.replace(" families ", " families of " + word(random, 2, 3) + " ")
        .replace(" deserve ", " and " + word(random, 2, 3) + " deserve ");
    if (random.nextInt(3) == 0 && Character.isUpperCase(s.charAt(0)) && !s.startsWith("In ")) {
      s = pick(random, OPENERS) + Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    int end = s.length() - 1;
    if (s.charAt(end) == '.' && !s.endsWith("a.m.") && !s.endsWith("\".")) {
      String tail = switch (random.nextInt(3)) {
        case 0 -> " in the " + word(random, 2, 3) + " district";
        case 1 -> ", the " + word(random, 2, 3) + " Bulletin reported";
        default -> ", " + (2 + random.nextInt(40)) + " kilometres from " + word(random, 2, 3);
      };
      s = s.substring(0, end) + tail + ".";
    }
    return s;
  }

  private static final String[] SYLLABLES = {"ka", "ro", "lin", "ve", "dor", "sa", "mi", "tor",
      "an", "el", "bra", "nes", "ti", "val", "mo", "ren", "ga", "lu", "ser", "of", "ha", "dan",
      "ri", "vel", "con", "ma", "sto", "pe", "lor", "quin", "zu", "be", "fal", "net", "os", "gri"};

  /** A capitalized made-up word of {@code min} to {@code max} syllables. */
  private static String word(Random r, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
