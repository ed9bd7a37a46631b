package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;
import org.parallax.model.Rejected;

/**
 * Every kind of bad input is rejected on its own, with the exact one-line reason a person sees,
 * and never costs the good documents of the same batch.
 */
class BadInputTest {
  /** A fictional report; nothing here is copied from anywhere. */
  static final String GOOD_ARTICLE = """
      Harbour ferry service resumes after week-long repairs

      LISBON, May 3. /EXAMPLE/. The river ferry between the two old quays carried its first \
      passengers in eight days on Saturday morning, after engineers replaced a worn propeller \
      shaft. The operator said the timetable would return to twenty crossings a day by Monday. \
      Commuters who had taken the long road bridge in the meantime welcomed the news, though \
      several said the morning boats were already crowded.
      """;

  private static final String DOCTYPE_REFUSED = "XML DOCTYPE refused: feeds with DOCTYPE"
      + " declarations are not read, so no entity is ever expanded or fetched";

  @TempDir Path dir;

  private Path good;

  @BeforeEach
  void writeGoodArticle() throws IOException {
    good = Files.writeString(dir.resolve("good.txt"), GOOD_ARTICLE, UTF_8);
  }

  // ---------------------------------------------------------------- helpers

  private static Readers.Batch read(Object... inputs) {
    List<String> names = new ArrayList<>();
    for (Object input : inputs) {
      names.add(input.toString());
    }
    return Readers.create(IngestOptions.defaults()).readAll(names);
  }

  /** Reads {@code bad} after the good article and checks the one rejection and the good document. */
  private Readers.Batch assertRejectedBesideGood(Path bad, String expectedReason) {
    Readers.Batch batch = read(good, bad);
    assertEquals(List.of(new Rejected(bad.toString(), expectedReason)), batch.rejected());
    assertGoodDocumentOnly(batch);
    return batch;
  }

  private void assertGoodDocumentOnly(Readers.Batch batch) {
    assertEquals(1, batch.documents().size(), () -> "documents: " + batch.documents());
    RawDocument doc = batch.documents().get(0);
    assertEquals(good.toString(), doc.input());
    assertEquals(Format.TEXT, doc.format());
    assertTrue(doc.text().startsWith("Harbour ferry service resumes"), doc.text());
    assertTrue(doc.text().contains("propeller shaft"), doc.text());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static String jsonLine(String id, String title, String text) {
    return "{\"id\": \"" + id + "\", \"outlet\": \"Example Wire\", \"title\": \"" + title
        + "\", \"text\": \"" + text + "\"}";
  }

  // ---------------------------------------------------------------- empty and binary

  @Test
  void emptyFile() throws IOException {
    Path bad = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertRejectedBesideGood(bad, "empty file");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    Path bad = Files.writeString(dir.resolve("blank.txt"), "  \n\t\n   \r\n\n  ", UTF_8);
    assertRejectedBesideGood(bad, "empty file (only whitespace)");
  }

  @Test
  void whitespaceOnlyFileLongerThanTheSniffedHead() throws IOException {
    Path bad = Files.writeString(dir.resolve("blank-long.txt"), "        \n".repeat(3000), UTF_8);
    assertRejectedBesideGood(bad, "empty file (only whitespace)");
  }

  @Test
  void textAfterMoreThanEightKilobytesOfLeadingWhitespaceIsAnArticle() throws IOException {
    Path padded = Files.writeString(dir.resolve("padded.txt"),
        "        \n".repeat(1000) + GOOD_ARTICLE, UTF_8);
    Readers.Batch batch = read(padded);
    assertEquals(List.of(), batch.rejected());
    assertEquals(List.of(padded.toString()),
        batch.documents().stream().map(RawDocument::input).toList());
  }

  @Test
  void binaryFile() throws IOException {
    byte[] png = new byte[4096];
    new java.util.Random(42).nextBytes(png);
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H',
        'D', 'R'};
    System.arraycopy(header, 0, png, 0, header.length);
    // Named like an article, so only the content can give it away.
    Path bad = Files.write(dir.resolve("picture.txt"), png);
    assertRejectedBesideGood(bad,
        "binary content: not text, HTML, a feed, WARC or JSON lines");
  }

  @Test
  void invalidUtf8InTextFile() throws IOException {
    // 13 bytes, so 0xC3 is at offset 13 (the reason counts from 0, as hex dumps do).
    byte[] prefix = "Broken byte: ".getBytes(US_ASCII);
    byte[] bytes = concat(prefix, new byte[] {(byte) 0xC3, 0x28}, " and more text.\n".getBytes(US_ASCII));
    Path bad = Files.write(dir.resolve("latin.txt"), bytes);
    assertRejectedBesideGood(bad, "not valid UTF-8 (bad byte sequence at byte 13); convert it first,"
        + " e.g. iconv -f windows-1252 -t utf-8");
  }

  // ---------------------------------------------------------------- JSON lines

  @Test
  void jsonLinesWithMalformedMiddleLine() throws IOException {
    Path file = dir.resolve("wire.jsonl");
    Files.writeString(file, String.join("\n",
        jsonLine("w-1", "Ferry resumes", "The ferry carried passengers again on Saturday."),
        "{\"id\": \"w-2\", \"title\": \"Broken\" \"text\": \"missing comma before text\"}",
        jsonLine("w-3", "Bridge traffic eases", "Traffic on the road bridge fell on Monday."))
        + "\n", UTF_8);
    Readers.Batch batch = read(file, good);

    // Column 33 (from 1) is the quote of "text" where a comma was expected.
    assertEquals(List.of(new Rejected(file + "#2", "invalid JSON on line 2 column 33:"
        + " Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries")),
        batch.rejected());
    assertEquals(List.of(file + "#1", file + "#3", good.toString()),
        batch.documents().stream().map(RawDocument::input).toList());
    assertEquals("w-1", batch.documents().get(0).sourceId());
    assertEquals("The ferry carried passengers again on Saturday.", batch.documents().get(0).text());
    assertEquals("w-3", batch.documents().get(1).sourceId());
    assertEquals("Traffic on the road bridge fell on Monday.", batch.documents().get(1).text());
    assertEquals(List.of(0L, 1L, 2L),
        batch.documents().stream().map(RawDocument::order).toList());
  }

  private static final String NOR =
      " (nor body, content, maintext, full_text, article, article_text)";

  @Test
  void jsonLineWithoutText() throws IOException {
    Path file = dir.resolve("notext.jsonl");
    Files.writeString(file,
        jsonLine("n-1", "Ferry resumes", "The ferry carried passengers again on Saturday.") + "\n"
            + "{\"id\": \"n-2\", \"title\": \"A headline and nothing else\"}\n", UTF_8);
    Readers.Batch batch = read(good, file);

    assertEquals(List.of(new Rejected(file + "#2", "line 2 has no \"text\" field" + NOR)),
        batch.rejected());
    assertEquals(List.of(good.toString(), file + "#1"),
        batch.documents().stream().map(RawDocument::input).toList());
  }

  @Test
  void jsonLinesFileWhoseOnlyLineHasNoTextIsRejectedOnceByLine() throws IOException {
    Path file = Files.writeString(dir.resolve("notext-only.jsonl"),
        "{\"id\": \"x\", \"title\": \"Only a headline\"}\n", UTF_8);
    Readers.Batch batch = read(good, file);

    assertEquals(List.of(
        new Rejected(file + "#1", "line 1 has no \"text\" field" + NOR)),
        batch.rejected());
    assertGoodDocumentOnly(batch);
  }

  @Test
  void jsonArrayFileIsReadElementByElement() throws IOException {
    Path file = Files.writeString(dir.resolve("articles.json"), "[\n  "
        + jsonLine("a-1", "Ferry resumes", "The ferry carried passengers again.") + ",\n  42,\n  "
        + jsonLine("a-2", "Harbour opens", "The harbour opened on Monday.") + "\n]\n", UTF_8);
    Readers.Batch batch = read(file);
    assertEquals(2, batch.documents().size(), batch.toString());
    assertEquals(List.of(new Rejected(file + "#2", "element 2 is not a JSON object")),
        batch.rejected());
  }

  @Test
  void brokenJsonArrayKeepsTheElementsBeforeTheError() throws IOException {
    Path bad = Files.writeString(dir.resolve("broken.json"), "[\n  "
        + jsonLine("a-1", "Ferry resumes", "The ferry carried passengers again.") + ",\n  {\"text\": \n",
        UTF_8);
    Readers.Batch batch = read(bad);
    assertEquals(1, batch.documents().size(), batch.toString());
    assertEquals(1, batch.rejected().size(), batch.rejected().toString());
    assertTrue(batch.rejected().get(0).reason().startsWith("invalid JSON in array element 2"),
        batch.rejected().toString());
  }

  // ---------------------------------------------------------------- XML feeds

  @Test
  void malformedXmlFeed() throws IOException {
    Path bad = Files.writeString(dir.resolve("broken.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>Example Wire</title>
            <item>
              <title>Ferry resumes
              <description>The ferry carried passengers again.</description>
            </item>
          </channel>
        """, UTF_8);
    Readers.Batch batch = read(good, bad);

    assertEquals(1, batch.rejected().size(), () -> "rejected: " + batch.rejected());
    Rejected r = batch.rejected().get(0);
    assertEquals(bad.toString(), r.input());
    assertTrue(r.reason().startsWith("malformed XML"), r.reason());
    assertEquals("malformed XML at line 8: The element type \"title\" must be terminated by the"
        + " matching end-tag \"</title>\".", r.reason());
    assertFalse(r.reason().contains("\n"));
    assertGoodDocumentOnly(batch);
  }

  @Test
  void feedWithExternalEntityIsRefused() throws IOException {
    Path bad = Files.writeString(dir.resolve("xxe.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE rss [
          <!ENTITY secret SYSTEM "file:///etc/passwd">
        ]>
        <rss version="2.0">
          <channel>
            <title>Example Wire</title>
            <item>
              <title>Ferry resumes</title>
              <description>Leaked: &secret;</description>
            </item>
          </channel>
        </rss>
        """, UTF_8);
    Readers.Batch batch = assertRejectedBesideGood(bad, DOCTYPE_REFUSED);

    List<String> secrets = new ArrayList<>(List.of("root:x:0:0", "/bin/sh", "/usr/sbin/nologin"));
    Path passwd = Path.of("/etc/passwd");
    if (Files.isReadable(passwd)) {
      Files.readAllLines(passwd).stream().filter(l -> !l.isBlank()).findFirst()
          .ifPresent(secrets::add);
    }
    for (RawDocument d : batch.documents()) {
      for (String s : secrets) {
        assertFalse(d.text().contains(s), "document leaks " + s + ": " + d.text());
        assertFalse(String.valueOf(d.title()).contains(s), "title leaks " + s);
      }
    }
    for (Rejected r : batch.rejected()) {
      for (String s : secrets) {
        assertFalse(r.reason().contains(s), "reason leaks " + s);
      }
    }
  }

  @Test
  void feedWithBillionLaughsIsRefused() throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n");
    xml.append("  <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("  <!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        xml.append("&lol").append(i - 1).append(';');
      }
      xml.append("\">\n");
    }
    xml.append("]>\n<rss version=\"2.0\"><channel><title>Laughs</title><item>"
        + "<title>Bomb</title><description>&lol9;</description></item></channel></rss>\n");
    Path bad = Files.writeString(dir.resolve("lol.xml"), xml, UTF_8);
    Readers.Batch batch = assertRejectedBesideGood(bad, DOCTYPE_REFUSED);
    assertFalse(batch.documents().get(0).text().contains("lollol"));
  }

  // ---------------------------------------------------------------- WARC and gzip

  /** One WARC/1.0 response record holding an HTML page, with exact Content-Lengths. */
  private static byte[] warcResponse(int n, String uri, String headline, String paragraph) {
    byte[] html = ("<!DOCTYPE html><html lang=\"en\"><head><title>" + headline + "</title></head>"
        + "<body><article><h1>" + headline + "</h1><p>" + paragraph + "</p><p>" + paragraph
        + " Officials promised a further update later in the week.</p></article></body></html>")
        .getBytes(UTF_8);
    byte[] http = concat(("HTTP/1.1 200 OK\r\n"
        + "Content-Type: text/html; charset=utf-8\r\n"
        + "Content-Length: " + html.length + "\r\n"
        + "\r\n").getBytes(US_ASCII), html);
    String header = "WARC/1.0\r\n"
        + "WARC-Type: response\r\n"
        + String.format(Locale.ROOT,
            "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", n)
        + "WARC-Date: 2025-05-03T09:3" + n + ":00Z\r\n"
        + "WARC-Target-URI: " + uri + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + http.length + "\r\n"
        + "\r\n";
    return concat(header.getBytes(US_ASCII), http, "\r\n\r\n".getBytes(US_ASCII));
  }

  private static byte[][] twoGzipRecords() throws IOException {
    byte[] first = gzip(warcResponse(1, "https://news.example/ferry",
        "Ferry resumes after repairs",
        "The harbour ferry carried passengers again on Saturday after a week of repairs to its"
            + " propeller shaft, the operator said."));
    byte[] second = gzip(warcResponse(2, "https://news.example/bridge",
        "Bridge traffic eases as ferry returns",
        "Queues on the old road bridge shortened on Monday morning as commuters went back to"
            + " the boats, according to the city traffic office."));
    return new byte[][] {first, second};
  }

  @Test
  void wellFormedGzipWarcIsRead() throws IOException {
    byte[][] records = twoGzipRecords();
    Path warc = Files.write(dir.resolve("crawl.warc.gz"), concat(records[0], records[1]));
    Readers.Batch batch = read(warc);
    assertEquals(List.of(), batch.rejected());
    assertEquals(List.of(warc + "#1", warc + "#2"),
        batch.documents().stream().map(RawDocument::input).toList());
  }

  @Test
  void truncatedGzipWarcKeepsTheRecordsBeforeTheDamage() throws IOException {
    byte[][] records = twoGzipRecords();
    byte[] whole = concat(records[0], records[1]);
    byte[] cut = Arrays.copyOf(whole, records[0].length + records[1].length / 2);
    Path warc = Files.write(dir.resolve("cut.warc.gz"), cut);
    Readers.Batch batch = read(warc, good);

    assertEquals(List.of(warc + "#1", good.toString()),
        batch.documents().stream().map(RawDocument::input).toList());
    RawDocument first = batch.documents().get(0);
    assertEquals(Format.WARC, first.format());
    assertEquals("Ferry resumes after repairs", first.title());
    assertTrue(first.text().contains("propeller shaft"), first.text());

    assertEquals(1, batch.rejected().size(), () -> "rejected: " + batch.rejected());
    Rejected r = batch.rejected().get(0);
    assertEquals(warc.toString(), r.input());
    assertTrue(r.reason().startsWith("truncated or corrupt WARC after"), r.reason());
    assertEquals("truncated or corrupt WARC after 1 record (1 article kept): "
        + "unexpected end of gzip stream", r.reason());
  }

  @Test
  void gzipThatIsNotAWarc() throws IOException {
    Path bad = Files.write(dir.resolve("notes.txt.gz"),
        gzip("Just some notes, compressed.\n".repeat(50).getBytes(UTF_8)));
    assertRejectedBesideGood(bad, "gzip-compressed but not a WARC file");
  }

  // ---------------------------------------------------------------- size limits

  @Test
  void fiftyMegabyteTextFileIsRejectedBySize() throws IOException {
    Path big = dir.resolve("huge.txt");
    byte[] megabyte = "lorem ipsum ".repeat((1 << 20) / 12 + 1).substring(0, 1 << 20)
        .getBytes(US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 50; i++) {
        out.write(megabyte);
      }
    }
    assertEquals(50L << 20, Files.size(big));
    Readers.Batch batch = assertRejectedBesideGood(big,
        "file is 52,428,800 bytes, over the 8,388,608-byte limit for one article");
    assertTrue(batch.rejected().get(0).reason().contains(String.format(Locale.ROOT, "%,d",
        IngestOptions.DEFAULT_MAX_DOCUMENT_BYTES)));
  }

  @Test
  void fiftyMegabyteJsonLinesFileWithOneOversizedLine() throws IOException {
    Path file = dir.resolve("big.jsonl");
    String filler = "lorem ipsum dolor sit amet ".repeat(40_000); // ~1 MB per article
    int fillerLines = 40;
    try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
      w.write(jsonLine("b-1", "Before the long line", "A short good article.") + "\n");
      // Line 2: one 9 MB line, over the 8 MiB per-article limit.
      w.write("{\"id\": \"b-2\", \"text\": \"");
      String chunk = "lorem ipsum ".repeat(1 << 13); // 96 KiB
      for (long written = 0; written < 9_000_000; written += chunk.length()) {
        w.write(chunk);
      }
      w.write("\"}\n");
      w.write(jsonLine("b-3", "After the long line", "Another short good article.") + "\n");
      for (int i = 0; i < fillerLines; i++) {
        w.write(jsonLine("f-" + i, "Filler " + i, filler) + "\n");
      }
    }
    long size = Files.size(file);
    assertTrue(size > 50_000_000L, "file is only " + size + " bytes");

    Readers.Batch batch = read(file, good);

    assertEquals(List.of(new Rejected(file + "#2",
        "line 2 is longer than the 8388608-byte limit for one article")), batch.rejected());
    List<RawDocument> docs = batch.documents();
    assertEquals(2 + fillerLines + 1, docs.size());
    assertEquals(file + "#1", docs.get(0).input());
    assertEquals("A short good article.", docs.get(0).text());
    assertEquals(file + "#3", docs.get(1).input());
    assertEquals("Another short good article.", docs.get(1).text());
    assertEquals(file + "#4", docs.get(2).input());
    assertEquals(filler.strip(), docs.get(2).text());
    assertEquals(file + "#" + (3 + fillerLines), docs.get(docs.size() - 2).input());
    assertEquals(good.toString(), docs.get(docs.size() - 1).input());
  }

  // ---------------------------------------------------------------- paths

  @Test
  void nonexistentPath() {
    Path missing = dir.resolve("no-such-article.txt");
    assertRejectedBesideGood(missing, "no such file");
  }

  @Test
  void folderWithOneGoodAndOneBadFile() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("inbox"));
    // Created in reverse name order: the report must follow name order, not creation order.
    Path b = Files.writeString(folder.resolve("b-article.txt"), GOOD_ARTICLE, UTF_8);
    Path a = Files.write(folder.resolve("a-empty.txt"), new byte[0]);
    Files.writeString(folder.resolve(".hidden.txt"), GOOD_ARTICLE, UTF_8);

    Readers.Batch first = read(folder);
    assertEquals(List.of(new Rejected(a.toString(), "empty file")), first.rejected());
    assertEquals(List.of(b.toString()),
        first.documents().stream().map(RawDocument::input).toList());
    assertEquals(GOOD_ARTICLE.strip(), first.documents().get(0).text().strip());

    for (int i = 0; i < 5; i++) {
      assertEquals(first, read(folder));
    }
  }
}
