package io.mlmeta.read;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.mcp.SystemMetadata;
import java.util.Objects;
import java.util.Optional;

/**
 * An aspect as read back, with the system metadata the server keeps for it; {@link #version()} is what a
 * conditional write ({@code If-Version-Match}) compares against.
 *
 * @param <A> the aspect's Java type
 */
public final class VersionedAspect<A extends Aspect> {
  private final A aspect;
  private final SystemMetadata systemMetadata;

  private VersionedAspect(A aspect, SystemMetadata systemMetadata) {
    this.aspect = Objects.requireNonNull(aspect, "aspect");
    this.systemMetadata = systemMetadata;
  }

  /** An aspect with the system metadata read with it (may be null when the server gave none). */
  public static <A extends Aspect> VersionedAspect<A> of(A aspect, SystemMetadata systemMetadata) {
    return new VersionedAspect<>(aspect, systemMetadata);
  }

  /** The aspect. */
  public A aspect() {
    return aspect;
  }

  /** The system metadata, when the server gave it. */
  public Optional<SystemMetadata> systemMetadata() {
    return Optional.ofNullable(systemMetadata);
  }

  /** The aspect's version, when the server gave it. */
  public Optional<String> version() {
    return systemMetadata().flatMap(SystemMetadata::version);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VersionedAspect && ((VersionedAspect<?>) o).aspect.equals(aspect)
        && Objects.equals(((VersionedAspect<?>) o).systemMetadata, systemMetadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(aspect, systemMetadata);
  }

  @Override
  public String toString() {
    return "VersionedAspect[" + aspect + ", version=" + version().orElse("?") + "]";
  }
}
