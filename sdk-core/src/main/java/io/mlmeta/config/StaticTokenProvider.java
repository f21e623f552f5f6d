package io.mlmeta.config;

/** A fixed token; its {@code toString()} never shows it. */
final class StaticTokenProvider implements TokenProvider {
  private final String token;

  StaticTokenProvider(String token, String source) {
    this.token = TokenCheck.checked(token, source);
  }

  @Override
  public String token() {
    return token;
  }

  @Override
  public String toString() {
    return "TokenProvider.of(<redacted>)";
  }
}
