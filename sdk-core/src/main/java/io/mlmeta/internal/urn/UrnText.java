package io.mlmeta.internal.urn;

import java.nio.charset.StandardCharsets;

/** Escaping of URN key parts (DataHub's reserved characters) and URL encoding of whole URNs. */
public final class UrnText {
  /** U+241F SYMBOL FOR UNIT SEPARATOR, reserved by DataHub as a URN delimiter. */
  public static final char UNIT_SEPARATOR = '\u241F';

  private UrnText() {}

  /** Percent-encodes DataHub's reserved characters {@code , ( ) ␟} in one key part; leaves the rest as it is. */
  public static String encodePart(String part) {
    StringBuilder out = null;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      String replacement;
      switch (c) {
        case ',': replacement = "%2C"; break;
        case '(': replacement = "%28"; break;
        case ')': replacement = "%29"; break;
        case UNIT_SEPARATOR: replacement = "%E2%90%9F"; break;
        default: replacement = null;
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(part.length() + 8).append(part, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? part : out.toString();
  }

  /** Reverses {@link #encodePart}: decodes only the escapes of the reserved characters. */
  public static String decodePart(String part) {
    if (part.indexOf('%') < 0) {
      return part;
    }
    return part.replace("%2C", ",").replace("%2c", ",")
        .replace("%28", "(").replace("%29", ")")
        .replace("%E2%90%9F", String.valueOf(UNIT_SEPARATOR)).replace("%e2%90%9f", String.valueOf(UNIT_SEPARATOR));
  }

  /** URL-encodes {@code text} for one path segment or query value: everything but {@code A-Z a-z 0-9 - _ . ~}. */
  public static String urlEncode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
