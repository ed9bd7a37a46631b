package org.parallax.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;
import org.xml.sax.InputSource;

/** RSS 0.9x/1.0/2.0 and Atom feeds through Rome, DOCTYPEs refused. */
final class FeedReader {
  private FeedReader() {}

  static void read(String input, byte[] bytes, Format format, IngestSink sink)
      throws BadInputException {
    SyndFeed feed;
    try {
      SyndFeedInput parser = new SyndFeedInput();
      // Refusing DOCTYPEs closes both XXE (external entities) and entity-expansion bombs.
      parser.setAllowDoctypes(false);
      parser.setXmlHealerOn(false);
      feed = parser.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (ParsingFeedException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("DOCTYPE") || causeMentions(e, "DOCTYPE")) {
        throw new BadInputException(
            "XML DOCTYPE refused: feeds with DOCTYPE declarations are not read, so no entity is"
                + " ever expanded or fetched");
      }
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
      throw new BadInputException("malformed XML" + where + ": " + rootMessage(e));
    } catch (FeedException | IllegalArgumentException e) {
      if (causeMentions(e, "DOCTYPE")) {
        throw new BadInputException(
            "XML DOCTYPE refused: feeds with DOCTYPE declarations are not read, so no entity is"
                + " ever expanded or fetched");
      }
      throw new BadInputException("not a readable " + format.label() + " feed: " + rootMessage(e));
    }
    String outlet = HtmlExtractor.feedOutlet(HtmlExtractor.blankToNull(title(feed.getTitle())));
    String language = HtmlExtractor.blankToNull(feed.getLanguage());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new BadInputException("feed has no items");
    }
    List<String> rawDates = rawDates(bytes);
    int n = 0;
    for (SyndEntry entry : entries) {
      n++;
      String itemInput = input + "#" + n;
      String content = longest(entry.getContents());
      boolean summaryOnly = content == null;
      if (summaryOnly && entry.getDescription() != null) {
        content = entry.getDescription().getValue();
      }
      String text = content == null ? "" : HtmlExtractor.fragmentText(content);
      if (text.isBlank()) {
        sink.rejected(new org.parallax.model.Rejected(itemInput, "feed item has no text"));
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      // A date the feed library cannot read ("2025-03-04 09:00", "Tuesday, March 4, 2025 9:00
      // AM") goes to the normalizer as written, which reads such free forms.
      String published = date != null ? date.toInstant().toString()
          : n - 1 < rawDates.size() ? rawDates.get(n - 1) : null;
      sink.document(new RawDocument(itemInput, format, text,
          HtmlExtractor.blankToNull(entry.getLink()), outlet,
          HtmlExtractor.blankToNull(title(entry.getTitle())),
          published, language, summaryOnly, 0, null));
    }
  }

  private static final Pattern ITEM = Pattern.compile(
      "(?s)<(item|entry)\\b.*?</\\1>");
  private static final Pattern ITEM_DATE = Pattern.compile(
      "(?s)<(pubDate|published|updated|dc:date)\\b[^>]*>\\s*(.*?)\\s*</\\1>");

  /** Each item's date as written, in document order (null where it has none). */
  private static List<String> rawDates(byte[] bytes) {
    List<String> out = new java.util.ArrayList<>();
    Matcher item = ITEM.matcher(new String(bytes,
        java.nio.charset.StandardCharsets.UTF_8));
    while (item.find()) {
      Matcher d = ITEM_DATE.matcher(item.group());
      out.add(d.find() ? HtmlExtractor.blankToNull(d.group(2)) : null);
    }
    return out;
  }

  /**
   * A title as readers see it: an Atom title of type "html", and many RSS titles, carry markup
   * and entities ("Skerra &amp; Holm") that the XML parser leaves in place.
   */
  private static String title(String raw) {
    if (raw == null || (raw.indexOf('&') < 0 && raw.indexOf('<') < 0)) {
      return raw;
    }
    return org.jsoup.Jsoup.parseBodyFragment(raw).text();
  }

  private static String longest(List<SyndContent> contents) {
    String best = null;
    for (SyndContent c : contents) {
      String v = c.getValue();
      if (v != null && !v.isBlank() && (best == null || v.length() > best.length())) {
        best = v;
      }
    }
    return best;
  }

  private static boolean causeMentions(Throwable e, String word) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  static String describe(IOException e) {
    return rootMessage(e);
  }
}
