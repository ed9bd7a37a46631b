package org.parallax.ingest;

import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;
import org.parallax.model.Rejected;

/**
 * JSON lines, one article an object ({@code id, url, outlet, title, published, text}, optional
 * {@code language}), or a JSON array of such objects. Streamed with a bounded line buffer: a bad or oversized line is rejected on
 * its own and the rest of the file is still read.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  /** How many non-blank lines a file had, and how many became documents. */
  record Counts(int records, int delivered) {}

  static Counts read(String input, InputStream raw, IngestOptions options, IngestSink sink)
      throws IOException {
    java.io.PushbackInputStream in = new java.io.PushbackInputStream(raw, 4096);
    if (opensArray(in)) {
      return readArray(input, in, options, sink);
    }
    if (opensPrettyObject(in)) {
      return readObjects(input, in, options, sink);
    }
    // Scans 64 KiB chunks for newlines and copies whole runs: a byte-at-a-time read costs a lock
    // and a capacity check per byte, which showed in profiles of large files.
    byte[] buf = new byte[1 << 16];
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    long max = options.maxDocumentBytes();
    int record = 0;
    int lineNo = 0;
    int delivered = 0;
    boolean oversized = false;
    boolean eof = false;
    while (!eof) {
      int n = in.read(buf);
      if (n < 0) {
        eof = true;
        if (line.size() == 0 && !oversized) {
          break;
        }
      }
      int start = 0;
      int limit = Math.max(n, 0);
      while (start <= limit) {
        int nl = start;
        while (nl < limit && buf[nl] != '\n') {
          nl++;
        }
        boolean complete = nl < limit || eof;
        int len = nl - start;
        if (!oversized) {
          if (line.size() + (long) len > max) {
            oversized = true;
          } else {
            line.write(buf, start, len);
          }
        }
        if (!complete) {
          break;
        }
        lineNo++;
        if (oversized) {
          record++;
          sink.rejected(new Rejected(input + "#" + record, "line " + lineNo + " is longer than the "
              + max + "-byte limit for one article"));
        } else if (!isBlank(line)) {
          record++;
          if (deliver(input + "#" + record, lineNo, line.toByteArray(), sink)) {
            delivered++;
          }
        }
        line.reset();
        oversized = false;
        start = nl + 1;
        if (eof) {
          break;
        }
      }
    }
    return new Counts(record, delivered);
  }

  /** Whether the first non-blank byte (after a byte-order mark) opens a JSON array. */
  private static boolean opensArray(java.io.PushbackInputStream in) throws IOException {
    byte[] head = new byte[4096];
    int n = in.readNBytes(head, 0, head.length);
    if (n > 0) {
      in.unread(head, 0, n);
    }
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xff;
      if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
        continue;
      }
      return b == '[';
    }
    return false;
  }

  /** Whether the first non-blank line is a lone "{": a pretty-printed object, not JSON lines. */
  private static boolean opensPrettyObject(java.io.PushbackInputStream in) throws IOException {
    byte[] head = new byte[4096];
    int n = in.readNBytes(head, 0, head.length);
    if (n > 0) {
      in.unread(head, 0, n);
    }
    String text = new String(head, 0, Math.max(n, 0), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading();
    int nl = text.indexOf('\n');
    return nl > 0 && text.substring(0, nl).strip().equals("{");
  }

  /**
   * Pretty-printed objects, one or several one after another, as an API response or a tool's
   * export saves them: each read like one line of JSON lines.
   */
  private static Counts readObjects(String input, InputStream in, IngestOptions options,
      IngestSink sink) throws IOException {
    int record = 0;
    int delivered = 0;
    try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(in)) {
      while (true) {
        try {
          if (parser.nextToken() == null) {
            break;
          }
          record++;
          JsonNode node = JSON.readTree(parser);
          if (deliverNode(input + "#" + record, "object " + record, node, options, sink)) {
            delivered++;
          }
        } catch (JsonProcessingException e) {
          sink.rejected(new Rejected(input + "#" + (record == 0 ? 1 : record),
              "invalid JSON in object " + Math.max(record, 1) + " (line "
                  + e.getLocation().getLineNr() + "): "
                  + e.getOriginalMessage().lines().findFirst().orElse("")));
          break;
        }
      }
    }
    return new Counts(record, delivered);
  }

  /**
   * A JSON array of article objects, as many tools export a collection: streamed element by
   * element, each read like one line; an element that is no article is rejected on its own, and
   * broken JSON ends the file with a message naming the element it was in.
   */
  private static Counts readArray(String input, InputStream in, IngestOptions options,
      IngestSink sink) throws IOException {
    int record = 0;
    int delivered = 0;
    try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(in)) {
      parser.nextToken(); // the opening bracket
      while (true) {
        com.fasterxml.jackson.core.JsonToken t;
        int before = record;
        try {
          t = parser.nextToken();
          if (t == null || t == com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
            break;
          }
          record++;
          JsonNode node = JSON.readTree(parser);
          String where = "element " + record;
          if (deliverNode(input + "#" + record, where, node, options, sink)) {
            delivered++;
          }
        } catch (JsonProcessingException e) {
          record = before + 1;
          sink.rejected(new Rejected(input + "#" + record, "invalid JSON in array element "
              + record + " (line " + e.getLocation().getLineNr() + "): "
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + "; the elements after it were not read"));
          break;
        }
      }
    }
    return new Counts(record, delivered);
  }

  private static boolean isBlank(ByteArrayOutputStream line) {
    for (byte b : line.toByteArray()) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private static boolean deliver(String input, int lineNo, byte[] bytes, IngestSink sink) {
    JsonNode node;
    try {
      String text = Utf8.decode(bytes);
      node = JSON.readTree(text);
    } catch (BadInputException e) {
      sink.rejected(new Rejected(input, "line " + lineNo + ": " + e.getMessage()));
      return false;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " column " + e.getLocation().getColumnNr();
      sink.rejected(new Rejected(input, "invalid JSON on line " + lineNo + where + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("")));
      return false;
    }
    return deliverNode(input, "line " + lineNo, node, null, sink);
  }

  private static boolean deliverNode(String input, String where, JsonNode node,
      IngestOptions options, IngestSink sink) {
    if (node == null || !node.isObject()) {
      sink.rejected(new Rejected(input, where + " is not a JSON object"));
      return false;
    }
    String text = first(node, TEXT);
    if (text == null) {
      sink.rejected(new Rejected(input, where + " has no \"text\" field (nor "
          + String.join(", ", java.util.Arrays.asList(TEXT).subList(1, TEXT.length)) + ")"));
      return false;
    }
    if (options != null && text.length() > options.maxDocumentBytes()) {
      sink.rejected(new Rejected(input, where + " is longer than the "
          + options.maxDocumentBytes() + "-byte limit for one article"));
      return false;
    }
    if (text.contains("</p>") || text.contains("<br")) {
      text = HtmlExtractor.fragmentText(text);
    }
    String id = field(node, "id");
    String url = first(node, URL);
    sink.document(new RawDocument(input, Format.JSONL, text, url, first(node, OUTLET),
        entities(first(node, TITLE)), first(node, PUBLISHED), first(node, LANGUAGE), false, 0,
        id));
    return true;
  }

  // The brief's names first, then those of common exports (news-please, NewsAPI, scrapers), so
  // a collection saved by another tool reads without renaming its fields.
  private static final String[] TEXT = {"text", "body", "content", "maintext", "full_text",
      "article", "article_text"};
  private static final String[] TITLE = {"title", "headline"};
  private static final String[] OUTLET = {"outlet", "source", "publisher", "site_name",
      "site", "sitename", "source_name", "publication", "newspaper", "source_domain", "domain",
      "media"};
  private static final String[] PUBLISHED = {"published", "date_publish", "published_at",
      "publishedAt", "datePublished", "pubDate", "publish_date", "date"};
  private static final String[] URL = {"url", "link"};
  private static final String[] LANGUAGE = {"language", "lang"};

  /** The first of {@code names} the object has; an object's own "name" ("source": {"name": …}). */
  private static String first(JsonNode node, String[] names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      String value = v != null && v.isObject() ? nested(v) : v != null && v.isArray()
          ? paragraphs(v) : field(node, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * A field whose value is an object: {"source": {"name": …}}, {"body": {"text": …}} or
   * {"title": {"rendered": …}}, as APIs nest them.
   */
  private static String nested(JsonNode v) {
    for (String inner : new String[] {"name", "text", "rendered", "value", "content", "html"}) {
      String value = field(v, inner);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** "Engineer: &#8220;no cracks&#8221;": a title exported with its HTML entities, decoded. */
  private static String entities(String title) {
    return title == null || !title.matches("(?s).*&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);.*") ? title
        : org.jsoup.parser.Parser.unescapeEntities(title, false);
  }

  /** A field whose value is a list of paragraph strings: joined as paragraphs. */
  private static String paragraphs(JsonNode v) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode item : v) {
      String text = item.isTextual() ? item.asText() : item.isObject() ? nested(item) : null;
      if (text != null && !text.isBlank()) {
        out.add(text.strip());
      }
    }
    return out.isEmpty() ? null : String.join("\n\n", out);
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    return HtmlExtractor.blankToNull(v.asText());
  }
}
