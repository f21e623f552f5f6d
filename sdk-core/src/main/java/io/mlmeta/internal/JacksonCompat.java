package io.mlmeta.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Settings that differ between the Jackson versions the SDK runs on: 2.12 and newer (README, "Compatibility").
 * Everything else the SDK calls exists in 2.12; what came later is called only here, in the nested {@code Since*}
 * classes, after a check of the version that is on the class path (the JVM links a class when it first runs, so an
 * older Jackson never sees these calls). sdk-compat's {@code LibraryReferencesTest} checks both halves of this.
 */
public final class JacksonCompat {
  /** Whether jackson-core has {@code StreamReadConstraints} (2.15+). */
  private static final boolean CORE_2_15 = atLeast(com.fasterxml.jackson.core.json.PackageVersion.VERSION, 15);
  /** Whether jackson-databind has {@code JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES} (2.15+). */
  private static final boolean DATABIND_2_15 =
      atLeast(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION, 15);

  private JacksonCompat() {}

  /**
   * Jackson 2.15 and later strip trailing zeros of decimals in trees unless told not to ({@code
   * JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES}); older versions follow the node factory, whose {@code
   * JsonNodeFactory.withExactBigDecimals(true)} alone keeps the zeros.
   */
  public static JsonMapper.Builder keepTrailingZeros(JsonMapper.Builder builder) {
    return DATABIND_2_15 ? SinceDatabind215.keepTrailingZeros(builder) : builder;
  }

  /**
   * Whether the parsers limit string and number lengths and nesting depth ({@code StreamReadConstraints}, Jackson
   * 2.15+), as {@link #setReadLimits} sets them. Older versions have no such limits: a caller that needs them checks
   * them itself.
   */
  public static boolean hasReadLimits() {
    return CORE_2_15;
  }

  /** Sets the read limits of {@code factory}'s parsers where Jackson has them (see {@link #hasReadLimits()}). */
  public static void setReadLimits(JsonFactory factory, int maxStringLength, int maxNumberLength, int maxDepth) {
    if (CORE_2_15) {
      SinceCore215.setReadLimits(factory, maxStringLength, maxNumberLength, maxDepth);
    }
  }

  /** Whether {@code e} says that a read limit of {@link #setReadLimits} was met. */
  public static boolean isReadLimit(JsonProcessingException e) {
    return CORE_2_15 && SinceCore215.isReadLimit(e);
  }

  static boolean atLeast(Version version, int minor) {
    return version.getMajorVersion() > 2 || version.getMajorVersion() == 2 && version.getMinorVersion() >= minor;
  }

  /** Calls of jackson-core 2.15+. */
  private static final class SinceCore215 {
    static void setReadLimits(JsonFactory factory, int maxStringLength, int maxNumberLength, int maxDepth) {
      factory.setStreamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(maxStringLength)
          .maxNumberLength(maxNumberLength)
          .maxNestingDepth(maxDepth)
          .build());
    }

    static boolean isReadLimit(JsonProcessingException e) {
      return e instanceof StreamConstraintsException;
    }
  }

  /** Calls of jackson-databind 2.15+. */
  private static final class SinceDatabind215 {
    static JsonMapper.Builder keepTrailingZeros(JsonMapper.Builder builder) {
      return builder.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }
  }
}
