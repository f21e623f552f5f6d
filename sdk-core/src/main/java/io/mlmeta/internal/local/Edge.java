package io.mlmeta.internal.local;

import io.mlmeta.urn.Urn;
import java.util.Objects;

/** One relationship edge found in a stored aspect: {@code source --type--> target}, and the aspect it came from. */
final class Edge {
  private final Urn source;
  private final String aspectName;
  private final String type;
  private final Urn target;

  Edge(Urn source, String aspectName, String type, Urn target) {
    this.source = source;
    this.aspectName = aspectName;
    this.type = type;
    this.target = target;
  }

  Urn source() {
    return source;
  }

  String aspectName() {
    return aspectName;
  }

  String type() {
    return type;
  }

  Urn target() {
    return target;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Edge)) {
      return false;
    }
    Edge e = (Edge) o;
    return e.source.equals(source) && e.aspectName.equals(aspectName) && e.type.equals(type)
        && e.target.equals(target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, aspectName, type, target);
  }
}
