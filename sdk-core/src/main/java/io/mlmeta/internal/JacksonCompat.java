package io.mlmeta.internal;

import com.fasterxml.jackson.databind.json.JsonMapper;

/** Settings that differ between the Jackson versions the SDK runs on. */
public final class JacksonCompat {
  private JacksonCompat() {}

  /**
   * Jackson 2.15 and later strip trailing zeros of decimals in trees unless told not to ({@code
   * JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES}); older versions follow the node factory. Set by name, so
   * that the SDK runs on both.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static JsonMapper.Builder keepTrailingZeros(JsonMapper.Builder builder) {
    try {
      Class<? extends Enum> feature = (Class<? extends Enum>) Class.forName(
          "com.fasterxml.jackson.databind.cfg.JsonNodeFeature");
      Object strip = Enum.valueOf(feature, "STRIP_TRAILING_BIGDECIMAL_ZEROES");
      builder.getClass().getMethod("configure", Class.forName("com.fasterxml.jackson.databind.cfg.DatatypeFeature"),
          boolean.class).invoke(builder, strip, false);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      // an older Jackson: JsonNodeFactory.withExactBigDecimals(true) alone keeps the zeros
    }
    return builder;
  }
}
