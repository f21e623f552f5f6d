package io.mlmeta.internal.local;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointer (RFC 6901) paths split into unescaped segments. */
final class JsonPointer {
  private JsonPointer() {}

  /** The segments of {@code path}, each with {@code ~1} read as {@code /} and {@code ~0} as {@code ~}. */
  static List<String> segments(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer starts with '/' but was " + path);
    }
    List<String> out = new ArrayList<>();
    for (String raw : path.substring(1).split("/", -1)) {
      out.add(unescape(raw, path));
    }
    return out;
  }

  private static String unescape(String segment, String path) {
    if (segment.indexOf('~') < 0) {
      return segment;
    }
    StringBuilder out = new StringBuilder(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c != '~') {
        out.append(c);
        continue;
      }
      char next = i + 1 < segment.length() ? segment.charAt(i + 1) : ' ';
      if (next != '0' && next != '1') {
        throw new IllegalArgumentException("'~' must be followed by 0 or 1 in JSON Pointer " + path);
      }
      out.append(next == '0' ? '~' : '/');
      i++;
    }
    return out.toString();
  }
}
