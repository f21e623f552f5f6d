package io.mlmeta.urn;

/**
 * Thrown when a URN, or a part used to build one, is malformed. The message quotes the offending input.
 */
public final class UrnSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;

  /** Creates an exception for {@code input}, explaining what is wrong with it in {@code reason}. */
  public UrnSyntaxException(String input, String reason) {
    super("Invalid URN '" + input + "': " + reason);
    this.input = input;
  }

  /** The text that was refused. */
  public String input() {
    return input;
  }
}
