package io.mlmeta.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * DataHub's {@code datahub_guid}: the MD5 hex digest of {@code json.dumps(obj, separators=(",", ":"),
 * sort_keys=True)} as Python writes it (ASCII only, lowercase {@code \\uXXXX} escapes, surrogate pairs above
 * U+FFFF; keys in code-point order, as Python compares strings), for a flat map of strings. Container URNs (ML
 * experiments), dataProcessInstance ids and versionSet ids are computed with it.
 */
public final class DataHubGuid {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** Python's {@code sort_keys} order: by code point, which UTF-16 order ({@code String.compareTo}) is not. */
  private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  private DataHubGuid() {}

  /** The guid of {@code fields}. */
  public static String of(Map<String, String> fields) {
    StringBuilder json = new StringBuilder(64).append('{');
    boolean first = true;
    Map<String, String> sorted = new TreeMap<>(CODE_POINT_ORDER);
    sorted.putAll(fields);
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      appendString(json, e.getKey());
      json.append(':');
      appendString(json, e.getValue());
    }
    json.append('}');
    return md5Hex(json.toString());
  }

  private static void appendString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (c < 0x20 || c > 0x7e) {
            out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static String md5Hex(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.US_ASCII));
      char[] hex = new char[digest.length * 2];
      for (int i = 0; i < digest.length; i++) {
        hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
        hex[2 * i + 1] = HEX[digest[i] & 0xf];
      }
      return new String(hex);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JVM", e);
    }
  }
}
