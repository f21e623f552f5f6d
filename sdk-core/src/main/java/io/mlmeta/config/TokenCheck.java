package io.mlmeta.config;

/** Refuses tokens that cannot go into an HTTP header, naming the problem and never the token. */
final class TokenCheck {
  private TokenCheck() {}

  static String checked(String token, String source) {
    if (token == null || token.isEmpty()) {
      throw new InvalidTokenException(source + ": the token must not be empty; leave the token unset to send "
          + "no Authorization header");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new InvalidTokenException(source + ": the token contains a line break (CR or LF) at index " + i
            + "; was it read from a file with a trailing newline?");
      }
      if (c <= ' ' || c >= 0x7f) {
        throw new InvalidTokenException(source + ": the token contains a space, control or non-ASCII character"
            + " at index " + i + ", which an HTTP header cannot carry");
      }
    }
    return token;
  }
}
