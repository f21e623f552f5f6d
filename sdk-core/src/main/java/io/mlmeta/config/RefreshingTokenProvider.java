package io.mlmeta.config;

import java.util.Objects;
import java.util.function.Supplier;

/** A token read from a supplier, cached, and read again on {@link #refresh()}. */
final class RefreshingTokenProvider implements TokenProvider {
  private final Supplier<String> supplier;
  private String token;
  private boolean loaded;

  RefreshingTokenProvider(Supplier<String> supplier) {
    this.supplier = Objects.requireNonNull(supplier, "supplier");
  }

  @Override
  public synchronized String token() {
    if (!loaded) {
      token = read();
      loaded = true;
    }
    return token;
  }

  @Override
  public synchronized boolean refresh() {
    String previous = token;
    token = read();
    loaded = true;
    return token != null && !token.equals(previous);
  }

  private String read() {
    String value = supplier.get();
    return value == null || value.isEmpty() ? null : TokenCheck.checked(value, "the token supplier");
  }

  @Override
  public String toString() {
    return "TokenProvider.refreshing(<redacted>)";
  }
}
