package io.mlmeta.config;

/**
 * A token that cannot be sent in an HTTP header: empty, or holding a line break, control or non-ASCII character.
 * The message names the problem and where it is, never the token.
 */
public final class InvalidTokenException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidTokenException(String message) {
    super(message);
  }
}
