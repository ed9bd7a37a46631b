package org.parallax.attribution;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each float tensor of an ONNX model file keeps its values, so that a fine-tuned copy can
 * be made by overwriting them in place. A low-rank adaptation changes values, never shapes, so
 * the protobuf keeps its layout and no ONNX library (nor graph rewrite) is needed: only the
 * few fields that lead from the model to its initializers are read.
 */
final class OnnxWeights {
  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_INITIALIZER = 5;
  private static final int TENSOR_DATA_TYPE = 2;
  private static final int TENSOR_NAME = 8;
  private static final int TENSOR_RAW_DATA = 9;
  private static final int FLOAT = 1;

  /** A float tensor's values: {@code count} little-endian floats from {@code offset}. */
  record Tensor(int offset, int count) {}

  private OnnxWeights() {}

  /** The float initializers stored as raw data, by name. */
  static Map<String, Tensor> of(byte[] model) {
    Map<String, Tensor> out = new HashMap<>();
    Reader top = new Reader(model, 0, model.length);
    while (top.more()) {
      int field = top.tag();
      if (field == MODEL_GRAPH && top.wire == 2) {
        Reader graph = top.message();
        while (graph.more()) {
          int g = graph.tag();
          if (g == GRAPH_INITIALIZER && graph.wire == 2) {
            tensor(graph.message(), out);
          } else {
            graph.skip();
          }
        }
      } else {
        top.skip();
      }
    }
    return out;
  }

  private static void tensor(Reader t, Map<String, Tensor> out) {
    String name = null;
    int type = 0;
    int offset = -1;
    int length = 0;
    while (t.more()) {
      int f = t.tag();
      if (f == TENSOR_NAME && t.wire == 2) {
        int n = (int) t.varint();
        name = new String(t.bytes, t.at, n, StandardCharsets.UTF_8);
        t.at += n;
      } else if (f == TENSOR_DATA_TYPE && t.wire == 0) {
        type = (int) t.varint();
      } else if (f == TENSOR_RAW_DATA && t.wire == 2) {
        length = (int) t.varint();
        offset = t.at;
        t.at += length;
      } else {
        t.skip();
      }
    }
    if (name != null && type == FLOAT && offset >= 0) {
      out.put(name, new Tensor(offset, length / Float.BYTES));
    }
  }

  static float[] read(byte[] model, Tensor t) {
    float[] out = new float[t.count()];
    ByteBuffer.wrap(model, t.offset(), t.count() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer().get(out);
    return out;
  }

  static void write(byte[] model, Tensor t, float[] values) {
    if (values.length != t.count()) {
      throw new IllegalArgumentException("tensor holds " + t.count() + " values, not "
          + values.length);
    }
    ByteBuffer.wrap(model, t.offset(), t.count() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer().put(values);
  }

  /** The protobuf wire format, as far as tags, varints and lengths go. */
  private static final class Reader {
    final byte[] bytes;
    int at;
    final int end;
    int wire;

    Reader(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.at = from;
      this.end = to;
    }

    boolean more() {
      return at < end;
    }

    int tag() {
      long key = varint();
      wire = (int) (key & 7);
      return (int) (key >>> 3);
    }

    long varint() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = bytes[at++];
        v |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalStateException("malformed varint at " + at);
    }

    Reader message() {
      int n = (int) varint();
      Reader r = new Reader(bytes, at, at + n);
      at += n;
      return r;
    }

    void skip() {
      switch (wire) {
        case 0 -> varint();
        case 1 -> at += 8;
        case 2 -> {
          int n = (int) varint(); // first: "at += varint()" adds to the position before it
          at += n;
        }
        case 5 -> at += 4;
        default -> throw new IllegalStateException("unsupported wire type " + wire + " at " + at);
      }
    }
  }
}
