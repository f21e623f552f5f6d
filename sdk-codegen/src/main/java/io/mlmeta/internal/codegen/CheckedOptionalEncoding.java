package io.mlmeta.internal.codegen;

import java.util.Objects;
import java.util.Optional;
import org.immutables.encode.Encoding;

/**
 * How an {@code Optional} attribute is built: empty unless set, set from a value or from an {@code Optional}, with
 * each builder method checking its argument first, so that a null names the parameter on every Java runtime.
 */
@Encoding
final class CheckedOptionalEncoding<T> {
  @Encoding.Impl
  private Optional<T> value = Optional.<T>empty();

  @Encoding.Expose
  Optional<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> Optional<T> copyOf(Optional<? extends T> optional) {
    return Optional.<T>ofNullable(Objects.requireNonNull(optional, "optional").orElse(null));
  }

  @Encoding.Builder
  static final class Builder<T> {
    /** The value, or null for none: an {@code Optional} is made once, when the aspect is built. */
    private T value = null;

    /**
     * Sets the value.
     *
     * @param value the value, not null (leave it unset, or pass {@code Optional.empty()}, for none)
     * @return this builder
     */
    @Encoding.Init
    void set(T value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * Sets the value to what {@code optional} holds, or to none when it is empty.
     *
     * @param optional the value or none, not null
     * @return this builder
     */
    @Encoding.Init
    @Encoding.Copy
    void setOptional(Optional<? extends T> optional) {
      this.value = Objects.requireNonNull(optional, "optional").orElse(null);
    }

    @Encoding.Build
    Optional<T> build() {
      return Optional.<T>ofNullable(value);
    }
  }
}
