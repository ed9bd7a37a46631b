package org.parallax.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;

/**
 * Plain-text reports saved by scrapers, mail clients and newsroom systems often open with a
 * block of {@code Key: value} lines ({@code Title:}, {@code Source:}, {@code Date:}). Left in
 * place they would become the headline and the first paragraph; read here they are the
 * document's metadata, as an HTML page's meta tags are.
 *
 * <p>Only a block of known keys at the very top counts, so a transcript line ("PENCE: Well,
 * …") or a body paragraph that happens to hold a colon is never taken for a header.
 */
final class TextHeaders {
  private static final Pattern LINE = Pattern.compile("(\\p{L}[\\p{L} _-]{0,20}):[ \\t]*(.*)");
  private static final Map<String, String> KEYS = new HashMap<>();

  static {
    // (English first; the common German, French, Spanish, Italian and Portuguese keys too)
    for (String k : new String[] {"title", "headline", "subject", "titel", "titre", "título",
        "titulo", "titolo", "überschrift"}) {
      KEYS.put(k, "title");
    }
    for (String k : new String[] {"outlet", "source", "publisher", "publication", "site",
        "newspaper", "agency", "media", "quelle", "medium", "fuente", "fonte", "zeitung"}) {
      KEYS.put(k, "outlet");
    }
    for (String k : new String[] {"published", "date", "pubdate", "publication date",
        "published at", "time", "datetime", "datum", "fecha"}) {
      KEYS.put(k, "published");
    }
    for (String k : new String[] {"url", "link", "source url", "uri"}) {
      KEYS.put(k, "url");
    }
    for (String k : new String[] {"language", "lang"}) {
      KEYS.put(k, "language");
    }
    for (String k : new String[] {"author", "authors", "by", "byline", "section", "tags",
        "keywords", "id"}) {
      KEYS.put(k, "");
    }
  }

  private TextHeaders() {}

  /** The document with its header block read into metadata, or as it was when it has none. */
  static RawDocument read(String input, String text) throws BadInputException {
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    Map<String, String> found = new java.util.LinkedHashMap<>();
    int headers = 0;
    for (; i < lines.length && !lines[i].isBlank(); i++) {
      Matcher m = LINE.matcher(lines[i].strip());
      String field = m.matches() ? KEYS.get(m.group(1).strip().toLowerCase(Locale.ROOT)) : null;
      if (field == null) {
        break;
      }
      headers++;
      String value = m.group(2).strip();
      if (!field.isEmpty() && !value.isEmpty()) {
        found.putIfAbsent(field, value);
      }
    }
    // A lone "Source: …" line may be the report's own text; a block is two lines or a title.
    boolean block = headers >= 2 || found.containsKey("title");
    boolean endsBlock = i >= lines.length || lines[i].isBlank();
    if (headers == 0) {
      return unlabelled(input, lines);
    }
    // "Source: De Kustbode\nDate: 13-03-2025\nRansomware attack …": two header lines or more
    // with the headline right under them, no blank line between, are a header all the same.
    if (!block || !endsBlock && headers < 2) {
      return RawDocument.text(input, text);
    }
    String rest = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
    if (rest.isBlank()) {
      throw new BadInputException("only header lines (" + String.join(", ", found.keySet())
          + "), no article text after them");
    }
    return new RawDocument(input, Format.TEXT, rest, found.get("url"), found.get("outlet"),
        found.get("title"), found.get("published"), found.get("language"), false, 0, null);
  }

  private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by)\\s+(?:\\p{Lu}.*|(?:a|an|our)"
      + "\\s+(?:[\\p{L}-]+\\s+){0,3}(?:reporter|correspondent|writer|staff|team|editor|desk)s?"
      + "(?:,.*)?)");
  /** "By Mira Osei, Lakeshore Courier": the last part of a credit, after its names. */
  private static final Pattern CREDITED_OUTLET = Pattern.compile(".*,\\s*([^,]+)");
  /** Words that make a credit's last part the writer's role, not the outlet. */
  private static final Pattern ROLE = Pattern.compile("(?i).*\\b(?:writer|reporter|correspondent|"
      + "editor|staff|contributor|columnist|chief|bureau|analyst|producer|and)\\b.*");
  /** Words that make a lone short line under a headline an outlet's name. */
  private static final Pattern OUTLET_WORD = Pattern.compile("(?i).*\\b(?:herald|times|gazette|"
      + "post|news|courier|ledger|journal|tribune|wire|press|agency|chronicle|observer|daily|"
      + "weekly|mail|express|telegraph|review|record|globe|dispatch|bulletin|monitor|standard|"
      + "radio|television|broadcasting|network|magazine|newspaper|online)\\b.*");
  private static final Pattern NAME = Pattern.compile(
      "(?:The\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:of|the|and|&|\\p{Lu}[\\p{L}'’&.-]*)){0,4}");

  /**
   * A headline, then a short block of lines without a full stop that give who wrote it, the
   * outlet and the day ("By Laura Finchley" / "The Northern Ledger" / "Tuesday 4 March 2025"),
   * as newsroom systems print a story: the block is metadata, not the first paragraph.
   */
  private static RawDocument unlabelled(String input, String[] lines) {
    String text = String.join("\n", lines);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i + 2 >= lines.length || lines[i].isBlank() || !lines[i + 1].isBlank()
        || lines[i].strip().endsWith(".") || lines[i].length() > 200) {
      return RawDocument.text(input, text);
    }
    String title = lines[i].strip();
    int from = i + 2;
    while (from < lines.length && lines[from].isBlank()) {
      from++;
    }
    String outlet = null;
    String creditedOutlet = null;
    String published = null;
    boolean credit = false;
    int j = from;
    for (; j < lines.length && !lines[j].isBlank(); j++) {
      String line = lines[j].strip();
      if (j - from >= 4 || line.length() > 60 || line.endsWith(".")) {
        // "By Mira Osei\nPORT ELLIN, March 3 - The council …": the story may start on the
        // line right under a credit or a day, with no blank line between.
        if (j > from && (credit || published != null) && line.length() > 60) {
          break;
        }
        return RawDocument.text(input, text);
      }
      org.parallax.text.LenientDates.Parsed date = org.parallax.text.LenientDates.parse(line);
      if (date != null && line.split("\\s+").length <= 7 && published == null) {
        published = line;
      } else if (BYLINE.matcher(line).matches()) {
        credit = true;
        Matcher m = CREDITED_OUTLET.matcher(line);
        if (m.matches() && NAME.matcher(m.group(1).strip()).matches()
            && !ROLE.matcher(m.group(1)).matches()) {
          creditedOutlet = m.group(1).strip();
        }
      } else if (NAME.matcher(line).matches() && outlet == null) {
        outlet = line;
      } else {
        return RawDocument.text(input, text);
      }
    }
    // A lone name under the headline is the outlet only when it reads as one ("Eastland
    // Herald"); a short opening line of the story would not.
    boolean named = outlet != null && j - from == 1 && OUTLET_WORD.matcher(outlet).matches();
    if (published == null && !credit && !named || j >= lines.length) {
      return RawDocument.text(input, text);
    }
    if (outlet == null) {
      outlet = creditedOutlet;
    }
    String rest = String.join("\n", java.util.Arrays.copyOfRange(lines, j, lines.length));
    if (rest.isBlank()) {
      return RawDocument.text(input, text);
    }
    return new RawDocument(input, Format.TEXT, rest, null, outlet, title, published, null, false,
        0, null);
  }
}
