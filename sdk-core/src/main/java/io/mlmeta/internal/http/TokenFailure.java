package io.mlmeta.internal.http;

import io.mlmeta.config.InvalidTokenException;

/**
 * The token provider failed. Its exception's message is kept only when it is the SDK's own token check, which never
 * shows the token: a provider that parses a vault's answer may well quote the token in its message.
 */
final class TokenFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private TokenFailure(String message, Throwable cause) {
    super(message, cause);
  }

  static TokenFailure of(RuntimeException e) {
    String message = e instanceof InvalidTokenException ? e.getMessage()
        : "the token provider failed with " + e.getClass().getName() + " (its message is left out, as it may hold "
            + "the token; see getCause())";
    return new TokenFailure(message, e);
  }
}
