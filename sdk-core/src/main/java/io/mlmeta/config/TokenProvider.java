package io.mlmeta.config;

import io.mlmeta.emit.RestEmitter;
import java.util.function.Supplier;

/**
 * Where a {@link RestEmitter} gets the token it sends as {@code Authorization: Bearer <token>}: a fixed token
 * ({@link #of}) or a supplier that can fetch a new one ({@link #refreshing}). When the server answers HTTP 401, the
 * emitter calls {@link #refresh()} once and, if it says a new token is ready, repeats the request with it.
 *
 * <p>Implementations are thread-safe, and their {@code toString()} must not reveal the token; the SDK never logs a
 * token nor puts it in an exception message.
 *
 * <pre>{@code
 * TokenProvider fixed = TokenProvider.of(System.getenv("DATAHUB_GMS_TOKEN"));
 * TokenProvider rotating = TokenProvider.refreshing(() -> vault.read("datahub/token"));
 * }</pre>
 */
public interface TokenProvider {
  /** The token to send now; null or empty sends no {@code Authorization} header. */
  String token();

  /**
   * Called once after the server refused the current token (HTTP 401). Returns whether {@link #token()} now gives
   * a different token worth retrying with. A fixed token returns false, so a 401 fails at once.
   */
  default boolean refresh() {
    return false;
  }

  /**
   * A fixed token.
   *
   * @throws IllegalArgumentException if the token is empty or holds a line break, control or non-ASCII character
   *     (the message names the problem, never the token)
   */
  static TokenProvider of(String token) {
    return new StaticTokenProvider(token, "TokenProvider.of");
  }

  /**
   * A token read from {@code supplier} on first use and again on every {@link #refresh()}. The supplier's token is
   * checked like {@link #of}'s each time it is read.
   */
  static TokenProvider refreshing(Supplier<String> supplier) {
    return new RefreshingTokenProvider(supplier);
  }
}
