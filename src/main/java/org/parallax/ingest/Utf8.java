package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the bytes went wrong. */
final class Utf8 {
  private Utf8() {}

  static String decode(byte[] bytes, int offset, int length) throws BadInputException {
    int start = offset;
    if (length >= 3 && (bytes[offset] & 0xff) == 0xEF && (bytes[offset + 1] & 0xff) == 0xBB
        && (bytes[offset + 2] & 0xff) == 0xBF) {
      start += 3;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, offset + length - start);
    CharBuffer out = CharBuffer.allocate(offset + length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      // A guess at the encoding would put wrong letters into quotes silently; the user can
      // convert a legacy file knowing what it is.
      throw new BadInputException("not valid UTF-8 (bad byte sequence at byte " + in.position()
          + "); convert it first, e.g. iconv -f windows-1252 -t utf-8");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  static String decode(byte[] bytes) throws BadInputException {
    return decode(bytes, 0, bytes.length);
  }
}
