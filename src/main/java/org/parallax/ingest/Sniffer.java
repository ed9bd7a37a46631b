package org.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.parallax.model.Format;

/**
 * Decides an input's format from its first bytes. Names lie (a feed saved as {@code .html}, a
 * WARC without its {@code .gz}), so content decides and the extension only breaks ties.
 */
final class Sniffer {
  static final int PEEK = 8192;
  private static final Pattern FIRST_TAG =
      Pattern.compile("<\\s*([a-zA-Z][\\w:.-]*)");

  private Sniffer() {}

  static Format detect(byte[] head, int length, String name) throws BadInputException {
    if (length == 0) {
      throw new BadInputException("empty file");
    }
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      if (startsWith(gunzipHead(head, length), "WARC/")) {
        return Format.WARC;
      }
      throw new BadInputException("gzip-compressed but not a WARC file");
    }
    int start = 0;
    if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      start = 3;
    }
    if (startsWith(slice(head, start, length), "WARC/")) {
      return Format.WARC;
    }
    if (looksBinary(head, length)) {
      throw new BadInputException("binary content: not text, HTML, a feed, WARC or JSON lines");
    }
    String text = new String(head, start, length - start, StandardCharsets.UTF_8);
    String trimmed = text.stripLeading();
    if (trimmed.isEmpty()) {
      throw new BadInputException("empty file (only whitespace)");
    }
    char c = trimmed.charAt(0);
    if (c == '{' || c == '[') {
      return Format.JSONL; // JSON lines, or an array of the same objects
    }
    if (c == '<') {
      return markupFormat(trimmed, name);
    }
    return Format.TEXT;
  }

  private static Format markupFormat(String text, String name) throws BadInputException {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html")) {
      return Format.HTML;
    }
    String rest = skipPrologue(lower);
    Matcher m = FIRST_TAG.matcher(rest);
    if (!m.find()) {
      throw new BadInputException("markup with no element in its first " + PEEK + " bytes");
    }
    String root = m.group(1);
    switch (root) {
      case "rss", "rdf:rdf":
        return Format.RSS;
      case "feed":
        return Format.ATOM;
      case "html", "head", "body", "div", "article", "p", "meta", "title", "section", "main":
        return Format.HTML;
      default:
        if (name.endsWith(".html") || name.endsWith(".htm")) {
          return Format.HTML;
        }
        throw new BadInputException("XML document with root <" + root
            + "> is not an RSS or Atom feed");
    }
  }

  /** Skips the XML declaration, comments, processing instructions and a DOCTYPE. */
  private static String skipPrologue(String s) {
    int i = 0;
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (s.startsWith("<?", i)) {
        int end = s.indexOf("?>", i);
        if (end < 0) {
          return s.substring(i);
        }
        i = end + 2;
      } else if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i);
        if (end < 0) {
          return s.substring(i);
        }
        i = end + 3;
      } else if (s.startsWith("<!doctype", i)) {
        // An internal subset can hold '>' inside brackets; skip to the matching "]>" then.
        int bracket = s.indexOf('[', i);
        int close = s.indexOf('>', i);
        if (bracket >= 0 && bracket < close) {
          int end = s.indexOf("]>", bracket);
          if (end < 0) {
            end = s.indexOf("] >", bracket);
          }
          if (end < 0) {
            return s.substring(i);
          }
          i = s.indexOf('>', end) + 1;
        } else if (close >= 0) {
          i = close + 1;
        } else {
          return s.substring(i);
        }
      } else {
        return s.substring(i);
      }
    }
  }

  private static boolean looksBinary(byte[] head, int length) {
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
      }
    }
    return control > length / 10;
  }

  private static byte[] gunzipHead(byte[] head, int length) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head, 0, length))) {
      return in.readNBytes(16);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static byte[] slice(byte[] a, int from, int to) {
    byte[] out = new byte[Math.max(0, Math.min(to, from + 16) - from)];
    System.arraycopy(a, from, out, 0, out.length);
    return out;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
