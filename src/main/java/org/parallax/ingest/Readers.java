package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;
import org.parallax.model.Rejected;

/**
 * Reads inputs of every supported format. Inputs are files, folders (walked recursively, in name
 * order, skipping hidden entries) and {@code -} for JSON lines on standard input.
 *
 * <p>Documents reach the sink in input order, each with its batch position set, so later stages
 * can break ties the same way on every run.
 */
public final class Readers {
  /** The input name that means standard input. */
  public static final String STDIN = "-";

  private final IngestOptions options;
  private final InputStream stdin;

  private Readers(IngestOptions options, InputStream stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = stdin;
  }

  public static Readers create(IngestOptions options) {
    return new Readers(options, System.in);
  }

  public static Readers create(IngestOptions options, InputStream stdin) {
    return new Readers(options, stdin);
  }

  /** Files read concurrently at a time; their results are delivered in input order. */
  private static final int CHUNK = 64;

  /** Reads every input, never throwing for a bad one: it is reported to the sink instead. */
  public void read(List<String> inputs, IngestSink sink) {
    OrderingSink ordered = new OrderingSink(sink);
    List<String[]> files = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals(STDIN)) {
        flush(files, ordered);
        readStdin(ordered);
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        // Earlier files first, so a listing error is reported after them, in input order.
        flush(files, ordered);
        for (Path file : walk(path, input, ordered)) {
          files.add(new String[] {file.toString(), file.toString()});
          if (files.size() == CHUNK) {
            flush(files, ordered);
          }
        }
      } else {
        files.add(new String[] {input, input});
      }
      if (files.size() >= CHUNK) {
        flush(files, ordered);
      }
    }
    flush(files, ordered);
  }

  /**
   * Reads a chunk of files in parallel (parsing HTML and decoding dominate, not the disk), each
   * into its own buffer, then replays the buffers in order so output never depends on timing.
   */
  private void flush(List<String[]> files, IngestSink sink) {
    if (files.isEmpty()) {
      return;
    }
    List<BufferingSink> buffers = files.parallelStream().map(f -> {
      BufferingSink buffer = new BufferingSink();
      readFile(f[0], Path.of(f[1]), buffer);
      return buffer;
    }).toList();
    for (BufferingSink b : buffers) {
      b.replay(sink);
    }
    files.clear();
  }

  /** Holds one file's documents and rejections, in the order the reader produced them. */
  private static final class BufferingSink implements IngestSink {
    private final List<Object> events = new ArrayList<>();

    @Override
    public void document(RawDocument document) {
      events.add(document);
    }

    @Override
    public void rejected(Rejected rejected) {
      events.add(rejected);
    }

    void replay(IngestSink sink) {
      for (Object e : events) {
        if (e instanceof RawDocument d) {
          sink.document(d);
        } else {
          sink.rejected((Rejected) e);
        }
      }
    }
  }

  private void readStdin(IngestSink sink) {
    try {
      JsonLinesReader.Counts n = JsonLinesReader.read("stdin", stdin, options, sink);
      if (n.records() == 0) {
        sink.rejected(new Rejected("stdin", "no JSON-lines record on standard input"));
      }
    } catch (IOException e) {
      sink.rejected(new Rejected("stdin", "read failed: " + e.getMessage()));
    }
  }

  private static List<Path> walk(Path dir, String input, IngestSink sink) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !hidden(dir.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | RuntimeException e) {
      sink.rejected(new Rejected(input, "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(String input, Path path, IngestSink sink) {
    try {
      readFileOrThrow(input, path, sink);
    } catch (BadInputException e) {
      sink.rejected(new Rejected(input, e.getMessage()));
    } catch (NoSuchFileException e) {
      sink.rejected(new Rejected(input, "no such file"));
    } catch (IOException e) {
      sink.rejected(new Rejected(input, "read failed: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug on hostile input must cost this input only, never the batch.
      sink.rejected(new Rejected(input, "could not be parsed: " + e));
    }
  }

  /**
   * An HTML page's document. Its declared charset is honoured; bytes that are no valid UTF-8
   * under no other declaration (or under a wrong "utf-8" one) are windows-1252, as browsers
   * read legacy pages, so "Zoë" does not come out as "Zo\uFFFD".
   */
  static org.jsoup.nodes.Document html(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096),
        java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    Matcher declared = CHARSET.matcher(head);
    String charset = declared.find() ? declared.group(1) : null;
    boolean utf8Declared = charset == null || charset.replace("-", "").equals("utf8");
    if (utf8Declared) {
      try {
        return org.jsoup.Jsoup.parse(Utf8.decode(bytes), "");
      } catch (BadInputException e) {
        return org.jsoup.Jsoup.parse(new String(bytes,
            java.nio.charset.Charset.forName("windows-1252")), "");
      }
    }
    try {
      return org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // (bytes in memory: no read can fail)
    }
  }

  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([a-z0-9_-]+)");

  private void readFileOrThrow(String input, Path path, IngestSink sink)
      throws IOException, BadInputException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(input);
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException("not a regular file");
    }
    long size = Files.size(path);
    byte[] head = head(path, size);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    // A UTF-16 file (Windows editors save text so) says so by its byte-order mark: read as
    // that, then as any UTF-8 text of its kind.
    if (head.length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
        || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)) {
      checkSize(size, options.maxDocumentBytes(), "article");
      String text = new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_16)
          .replace("\r\n", "\n").replace('\r', '\n');
      String lead = text.stripLeading();
      if (lead.isEmpty()) {
        throw new BadInputException("empty file (only whitespace)");
      }
      if (lead.charAt(0) == '{' || lead.charAt(0) == '[') {
        JsonLinesReader.read(input, new java.io.ByteArrayInputStream(
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), options, sink);
      } else if (lead.charAt(0) == '<') {
        HtmlExtractor.Page page = HtmlExtractor.extract(text, "");
        if (page.text().isBlank()) {
          throw new BadInputException("HTML page has no article text");
        }
        sink.document(new RawDocument(input, Format.HTML, page.text(), page.url(), page.outlet(),
            page.title(), page.published(), page.language(), false, 0, null));
      } else {
        sink.document(TextHeaders.read(input, text));
      }
      return;
    }
    Format format = Sniffer.detect(head, head.length, name);
    switch (format) {
      case WARC -> WarcFileReader.read(input, path, options, sink);
      case JSONL -> {
        try (InputStream in = Files.newInputStream(path)) {
          JsonLinesReader.read(input, in, options, sink);
        }
      }
      case RSS, ATOM -> {
        checkSize(size, options.maxFeedBytes(), "feed");
        FeedReader.read(input, Files.readAllBytes(path), format, sink);
      }
      case HTML -> {
        checkSize(size, options.maxDocumentBytes(), "article");
        HtmlExtractor.Page page = HtmlExtractor.extract(html(Files.readAllBytes(path)));
        if (page.text().isBlank()) {
          throw new BadInputException("HTML page has no article text");
        }
        sink.document(new RawDocument(input, Format.HTML, page.text(), page.url(), page.outlet(),
            page.title(), page.published(), page.language(), false, 0, null));
      }
      case TEXT -> {
        checkSize(size, options.maxDocumentBytes(), "article");
        String text = Utf8.decode(Files.readAllBytes(path)).replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
          throw new BadInputException("empty file (only whitespace)");
        }
        sink.document(TextHeaders.read(input, text));
      }
      default -> throw new BadInputException("unsupported format " + format);
    }
  }

  /**
   * The bytes the format is judged by: the first {@link Sniffer#PEEK}, or, when those are all
   * whitespace, the first {@link Sniffer#PEEK} after the leading whitespace (within the article
   * size limit), so padding cannot hide a document.
   */
  private byte[] head(Path path, long size) throws IOException {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      byte[] head = in.readNBytes(Sniffer.PEEK);
      if (head.length < Sniffer.PEEK || !blank(head)) {
        return head;
      }
      long skipped = head.length;
      int c;
      while ((c = in.read()) != -1 && Character.isWhitespace(c)) {
        if (++skipped > options.maxDocumentBytes()) {
          return head;
        }
      }
      if (c == -1) {
        return head;
      }
      byte[] rest = in.readNBytes(Sniffer.PEEK - 1);
      byte[] out = new byte[rest.length + 1];
      out[0] = (byte) c;
      System.arraycopy(rest, 0, out, 1, rest.length);
      return out;
    }
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private static void checkSize(long size, long limit, String what) throws BadInputException {
    if (size > limit) {
      throw new BadInputException(String.format(Locale.ROOT,
          "file is %,d bytes, over the %,d-byte limit for one %s", size, limit, what));
    }
  }

  /** Numbers documents in arrival order. */
  private static final class OrderingSink implements IngestSink {
    private final IngestSink delegate;
    private long next;

    OrderingSink(IngestSink delegate) {
      this.delegate = delegate;
    }

    @Override
    public void document(RawDocument document) {
      delegate.document(document.withOrder(next++));
    }

    @Override
    public void rejected(Rejected rejected) {
      delegate.rejected(rejected);
    }
  }

  /** Convenience for callers that want everything at once. */
  public record Batch(List<RawDocument> documents, List<Rejected> rejected) {}

  public Batch readAll(List<String> inputs) {
    List<RawDocument> docs = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    read(inputs, new IngestSink() {
      @Override
      public void document(RawDocument document) {
        docs.add(document);
      }

      @Override
      public void rejected(Rejected r) {
        rejected.add(r);
      }
    });
    return new Batch(List.copyOf(docs), List.copyOf(rejected));
  }
}
