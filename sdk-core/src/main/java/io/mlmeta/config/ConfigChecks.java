package io.mlmeta.config;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the emitter settings; messages name the field and the value. */
final class ConfigChecks {
  private ConfigChecks() {}

  static Duration notNegative(String field, Duration d) {
    Objects.requireNonNull(d, field);
    if (d.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative but was " + d);
    }
    return d;
  }

  static int atLeastOne(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be at least 1 but was " + value);
    }
    return value;
  }
}
