package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;
import org.parallax.model.Rejected;

/**
 * WARC and WARC.gz archives through jwarc, streamed record by record. Each HTML {@code response}
 * is a document; requests, metadata and non-HTML payloads are skipped silently (an archive is
 * mostly those). A truncated archive keeps the records read before the damage.
 */
final class WarcFileReader {
  private WarcFileReader() {}

  static void read(String input, Path path, IngestOptions options, IngestSink sink)
      throws BadInputException {
    int index = 0;
    int documents = 0;
    try (WarcReader reader = new WarcReader(path)) {
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        index++;
        if (!(next.get() instanceof WarcResponse response)) {
          continue;
        }
        String recordInput = input + "#" + index;
        HttpResponse http;
        try {
          http = response.http();
        } catch (IOException | RuntimeException e) {
          sink.rejected(new Rejected(recordInput, "unreadable HTTP response: " + e.getMessage()));
          continue;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
          http.body().consume();
          continue;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
          body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxDocumentBytes() + 1));
        }
        if (body.length > options.maxDocumentBytes()) {
          sink.rejected(new Rejected(recordInput, "HTML payload larger than the "
              + options.maxDocumentBytes() + "-byte limit for one article"));
          continue;
        }
        Charset charset = charset(type);
        String uri = response.target();
        Document doc = charset == null
            ? Jsoup.parse(new java.io.ByteArrayInputStream(body), null, uri)
            : Jsoup.parse(new String(body, charset), uri);
        HtmlExtractor.Page page = HtmlExtractor.extract(doc);
        if (page.text().isBlank()) {
          sink.rejected(new Rejected(recordInput, "HTML page has no article text"));
          continue;
        }
        // The crawl's date says when the page was fetched, which may be months after it was
        // published: marked so that the page's dateline or text comes first.
        String published = page.published() != null ? page.published()
            : RawDocument.CRAWLED + response.date().toString();
        sink.document(new RawDocument(recordInput, Format.WARC, page.text(),
            page.url() != null ? page.url() : uri, page.outlet(), page.title(), published,
            page.language(), false, 0, null));
        documents++;
      }
    } catch (IOException | RuntimeException e) {
      String what = index == 0 ? "not a readable WARC file" : "truncated or corrupt WARC after "
          + plural(index, "record") + " (" + plural(documents, "article") + " kept)";
      throw new BadInputException(what + ": " + FeedReader.describe(
          e instanceof IOException io ? io : new IOException(e)));
    }
    if (documents == 0) {
      throw new BadInputException("WARC file holds no HTML response records");
    }
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static Charset charset(MediaType type) {
    if (type == null) {
      return null;
    }
    String cs = type.parameters().get("charset");
    if (cs == null) {
      return null;
    }
    try {
      return Charset.forName(cs.strip());
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
