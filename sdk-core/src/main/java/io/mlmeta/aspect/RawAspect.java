package io.mlmeta.aspect;

import java.util.Objects;

/**
 * An aspect the SDK has no Java type for, kept as its JSON text so that it can be read and written back unchanged.
 * It may be attached to any entity type.
 */
public final class RawAspect implements Aspect {
  private final AspectType<RawAspect> type;
  private final String json;

  private RawAspect(String name, String json) {
    this.type = AspectType.untyped(name);
    this.json = json;
  }

  /**
   * An aspect called {@code name} whose Pegasus JSON is {@code json} (an object).
   *
   * @throws IllegalArgumentException if the name is empty or the JSON is not an object
   */
  public static RawAspect of(String name, String json) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("RawAspect name must not be empty but was " + name);
    }
    String trimmed = json == null ? "" : json.trim();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      throw new IllegalArgumentException("RawAspect " + name + " must hold a JSON object but was " + json);
    }
    return new RawAspect(name, trimmed);
  }

  @Override
  public AspectType<RawAspect> aspectType() {
    return type;
  }

  /** The aspect's JSON text. */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawAspect && ((RawAspect) o).aspectName().equals(aspectName())
        && ((RawAspect) o).json.equals(json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(aspectName(), json);
  }

  @Override
  public String toString() {
    return "RawAspect[" + aspectName() + "]" + json;
  }
}
