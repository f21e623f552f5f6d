package io.mlmeta.urn;

import io.mlmeta.internal.Checks;

/**
 * Thrown when a URN, or a part used to build one, is malformed. The message quotes the offending input.
 */
public final class UrnSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;

  /**
   * Creates an exception for {@code input}, explaining what is wrong with it in {@code reason}; the message quotes the
   * input with control characters escaped (a line break shows as {@code \n}).
   */
  public UrnSyntaxException(String input, String reason) {
    super("Invalid URN " + Checks.quote(String.valueOf(input)) + ": " + reason);
    this.input = input;
  }

  /** The text that was refused. */
  public String input() {
    return input;
  }
}
