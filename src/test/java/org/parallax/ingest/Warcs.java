package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Builds WARC/1.0 files for tests, each record optionally its own gzip member. */
final class Warcs {
  private Warcs() {}

  static byte[] warcinfo() {
    return record("warcinfo", null, "application/warc-fields",
        "software: parallax-test\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /** A 200 response; with a null page, an image/png payload (skipped by the reader). */
  static byte[] response(String uri, String page) {
    byte[] body = page == null ? new byte[] {(byte) 0x89, 'P', 'N', 'G'}
        : page.getBytes(StandardCharsets.UTF_8);
    String type = page == null ? "image/png" : "text/html; charset=utf-8";
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[head.length + body.length];
    System.arraycopy(head, 0, block, 0, head.length);
    System.arraycopy(body, 0, block, head.length, body.length);
    return record("response", uri, "application/http; msgtype=response", block);
  }

  static byte[] record(String type, String uri, String contentType, byte[] block) {
    StringBuilder h = new StringBuilder("WARC/1.0\r\n")
        .append("WARC-Type: ").append(type).append("\r\n")
        .append("WARC-Record-ID: <urn:uuid:").append(UUID.nameUUIDFromBytes(block)).append(">\r\n")
        .append("WARC-Date: 2025-05-03T00:00:00Z\r\n");
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(block.length).append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static byte[] file(List<byte[]> records, boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) {
      if (gzip) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
          gz.write(r);
        }
        out.writeBytes(member.toByteArray());
      } else {
        out.writeBytes(r);
      }
    }
    return out.toByteArray();
  }
}
