package io.mlmeta.internal.local;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlmeta.internal.JacksonCompat;
import io.mlmeta.internal.json.WireJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The local store's own size limits, and the JSON mapper the store parses with, whose limits are set to match them:
 * any string in a record the store wrote is shorter than a record, so replaying the log never meets a limit that
 * writing did not check first (Jackson's default maximum string length, 20 M characters, would otherwise apply).
 */
public final class StoreLimits {
  /**
   * The largest aspect the store takes, in bytes of its JSON as DataHub's wire carries it (non-ASCII characters
   * escaped as {@code \\uXXXX}): GMS's default request limit, so that what the store holds can be loaded into GMS.
   */
  public static final int MAX_ASPECT_BYTES = 16_000_000;
  /** The largest log record: the changes of one write, or of one unit written together, in bytes (64 MiB). */
  public static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;
  /** The longest number, in digits, the store parses (Jackson's default, stated). */
  public static final int MAX_NUMBER_DIGITS = 1000;
  /**
   * The deepest nesting of objects and arrays in an aspect the store takes: 20 levels below Jackson's default of
   * 1000 ({@link #MAX_RECORD_NESTING_DEPTH}), since a log record, the export file and an OpenAPI request nest the
   * aspect a few levels deeper, and Jackson 2.15+ reads, 2.16+ also writes, at most 1000 levels.
   */
  public static final int MAX_NESTING_DEPTH = 980;
  /** The deepest nesting the store parses in a log record (Jackson's default, stated). */
  public static final int MAX_RECORD_NESTING_DEPTH = 1000;

  /**
   * The store's mapper for its log records: {@link WireJson#MAPPER} with the limits above, on Jackson 2.15+; older
   * versions have no limits of their own, and {@link #withinNumberAndNestingLimits} checks the store's.
   */
  static final ObjectMapper MAPPER = WireJson.MAPPER.copy();
  /** The mapper that parses an aspect before it is written: {@link #MAPPER}'s limits, nesting to the aspect's. */
  static final ObjectMapper ASPECT_MAPPER = WireJson.MAPPER.copy();

  static {
    JacksonCompat.setReadLimits(MAPPER.getFactory(), MAX_RECORD_BYTES, MAX_NUMBER_DIGITS, MAX_RECORD_NESTING_DEPTH);
    JacksonCompat.setReadLimits(ASPECT_MAPPER.getFactory(), MAX_RECORD_BYTES, MAX_NUMBER_DIGITS, MAX_NESTING_DEPTH);
  }

  private StoreLimits() {}

  /** How many bytes {@code json} takes on DataHub's wire (as {@link #MAX_ASPECT_BYTES} counts them). */
  static long length(JsonNode json) {
    Counter counter = new Counter();
    try {
      WireJson.ASCII.writeValue(counter, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counter.count;
  }

  /**
   * Whether {@code json} has no number longer than {@link #MAX_NUMBER_DIGITS} digits and no nesting deeper than
   * {@link #MAX_NESTING_DEPTH}: what the parser of {@link #MAPPER} refuses by itself on Jackson 2.15+, checked with a
   * streaming parser (which does not recurse) for the versions before.
   */
  static boolean withinNumberAndNestingLimits(String json) throws JsonProcessingException {
    try (JsonParser p = WireJson.FACTORY.createParser(json)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
        if (depth > MAX_NESTING_DEPTH || t.isNumeric() && digits(p.getText()) > MAX_NUMBER_DIGITS) {
          return false;
        }
      }
    } catch (JsonProcessingException e) {
      if (JacksonCompat.isReadLimit(e)) {
        return false; // Jackson 2.15+ met its own default limit first
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string is read without I/O
    }
    return true;
  }

  private static long digits(String number) {
    return number.chars().filter(c -> c >= '0' && c <= '9').count();
  }

  /** Why an aspect of {@code bytes} bytes is refused. */
  static String aspectTooLarge(long bytes) {
    return "the aspect is " + bytes + " bytes as JSON, above the local store's limit of " + MAX_ASPECT_BYTES
        + " bytes per aspect (LocalStore.MAX_ASPECT_BYTES); nothing was written. Make it smaller, e.g. link large "
        + "documents instead of embedding them";
  }

  private static final class Counter extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
