package io.mlmeta.internal.local;

import io.mlmeta.urn.Urn;
import java.util.Objects;

/** One aspect slot: an entity and an aspect name. */
final class AspectKey {
  private final Urn urn;
  private final String aspectName;

  AspectKey(Urn urn, String aspectName) {
    this.urn = Objects.requireNonNull(urn, "urn");
    this.aspectName = Objects.requireNonNull(aspectName, "aspectName");
  }

  Urn urn() {
    return urn;
  }

  String aspectName() {
    return aspectName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AspectKey && ((AspectKey) o).urn.equals(urn) && ((AspectKey) o).aspectName.equals(aspectName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(urn, aspectName);
  }
}
