package io.mlmeta.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 buffer for writing small JSON documents by hand, byte for byte what Jackson's generator writes:
 * printable ASCII text is copied as is, and any other string goes through Jackson (its escapes and UTF-8).
 *
 * <p>Between {@link #beginEmbedded} and {@link #endEmbedded} what is written becomes the content of one JSON
 * string (a proposal's {@code aspect.value}): {@link #quote} and the strings' quotes are then written as
 * {@code \"}, so an aspect is written once, in place, instead of being written and then escaped as a whole.
 */
final class JsonBytes {
  /** A buffer grown past this is not kept for reuse. */
  private static final int KEPT_CAPACITY = 64 * 1024;
  private static final ThreadLocal<JsonBytes> REUSED = ThreadLocal.withInitial(() -> new JsonBytes(4096));

  private byte[] buf;
  private int size;
  private boolean embedding;

  JsonBytes(int capacity) {
    buf = new byte[capacity];
  }

  /**
   * This thread's buffer, emptied: a proposal is written into it and copied out once, at its exact size, instead of
   * into a fresh buffer every time. Not reentrant: use it for one document at a time.
   */
  static JsonBytes reused() {
    JsonBytes b = REUSED.get();
    if (b.buf.length > KEPT_CAPACITY) {
      b = new JsonBytes(4096);
      REUSED.set(b);
    }
    b.size = 0;
    b.embedding = false;
    return b;
  }

  /** Appends {@code text}, which must be printable ASCII without quotes or backslashes; it is not escaped. */
  JsonBytes raw(String text) {
    int n = text.length();
    ensure(n);
    byte[] b = buf;
    int at = size;
    for (int i = 0; i < n; i++) {
      b[at + i] = (byte) text.charAt(i);
    }
    size = at + n;
    return this;
  }

  /** Appends one ASCII character as it is (JSON punctuation). */
  JsonBytes raw(char c) {
    ensure(1);
    buf[size++] = (byte) c;
    return this;
  }

  /** Appends {@code bytes} as they are (ASCII JSON punctuation and keys). */
  JsonBytes raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, size, bytes.length);
    size += bytes.length;
    return this;
  }

  /** Appends a quotation mark: {@code "}, or {@code \"} inside an embedded document. */
  JsonBytes quote() {
    if (embedding) {
      ensure(2);
      buf[size++] = '\\';
    } else {
      ensure(1);
    }
    buf[size++] = '"';
    return this;
  }

  /** Opens a JSON string whose content is the JSON document written until {@link #endEmbedded}. */
  JsonBytes beginEmbedded() {
    quote();
    embedding = true;
    return this;
  }

  /** Closes the string opened by {@link #beginEmbedded}. */
  JsonBytes endEmbedded() {
    embedding = false;
    return quote();
  }

  /** Appends {@code value} as a JSON string literal, non-ASCII characters as UTF-8. */
  JsonBytes string(String value) {
    return quotedIfPlain(value) ? this : jackson(value, false);
  }

  /** Appends {@code value} as a JSON string literal, non-ASCII characters escaped as {@code \\uXXXX}. */
  JsonBytes asciiString(String value) {
    return quotedIfPlain(value) ? this : jackson(value, true);
  }

  /** Appends a JSON document (UTF-8 bytes) as the content of a JSON string literal. */
  JsonBytes embedded(byte[] json) {
    for (byte c : json) {
      if (c < 0x20) {
        // control characters (JSON whitespace) or non-ASCII: Jackson's escapes
        return jackson(new String(json, StandardCharsets.UTF_8), false);
      }
    }
    beginEmbedded();
    escaped(json);
    return endEmbedded();
  }

  /** Appends a compact ASCII JSON value as it is, escaped as string content inside an embedded document. */
  JsonBytes json(byte[] asciiJson) {
    if (embedding) {
      escaped(asciiJson);
      return this;
    }
    return raw(asciiJson);
  }

  /** Appends a JSON number. */
  JsonBytes number(long value) {
    return raw(Long.toString(value));
  }

  /** The current length, to {@link #truncate} back to. */
  int mark() {
    return size;
  }

  /** Drops what was written after {@code mark}. */
  void truncate(int mark, boolean embedding) {
    this.size = mark;
    this.embedding = embedding;
  }

  /** Whether an embedded document is being written. */
  boolean embedding() {
    return embedding;
  }

  /** The bytes written so far. */
  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  /**
   * Appends {@code value} quoted, in one pass, if it is printable ASCII without quotes or backslashes, and returns
   * true; otherwise appends nothing and returns false.
   */
  private boolean quotedIfPlain(String value) {
    int n = value.length();
    ensure(n + 4);
    byte[] b = buf;
    int at = size;
    if (embedding) {
      b[at++] = '\\';
    }
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
      b[at++] = (byte) c;
    }
    if (embedding) {
      b[at++] = '\\';
    }
    b[at++] = '"';
    size = at;
    return true;
  }

  /** Printable ASCII with quotes and backslashes escaped. */
  private void escaped(byte[] ascii) {
    int escapes = 0;
    for (byte c : ascii) {
      if (c == '"' || c == '\\') {
        escapes++;
      }
    }
    ensure(ascii.length + escapes);
    byte[] b = buf;
    int at = size;
    for (byte c : ascii) {
      if (c == '"' || c == '\\') {
        b[at++] = '\\';
      }
      b[at++] = c;
    }
    size = at;
  }

  private JsonBytes jackson(String value, boolean escapeNonAscii) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length() + 16);
    try (JsonGenerator g = Jackson.FACTORY.createGenerator(out)) {
      if (escapeNonAscii || embedding) {
        g.setHighestNonEscapedChar(0x7f);
      }
      g.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] literal = out.toByteArray();
    if (embedding) {
      escaped(literal);
    } else {
      ensure(literal.length);
      System.arraycopy(literal, 0, buf, size, literal.length);
      size += literal.length;
    }
    return this;
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  /** Jackson's streaming core, loaded on the first string that needs its escapes; never databind. */
  private static final class Jackson {
    static final JsonFactory FACTORY = new JsonFactory();
  }

  @Override
  public String toString() {
    return new String(buf, 0, size, StandardCharsets.UTF_8);
  }
}
