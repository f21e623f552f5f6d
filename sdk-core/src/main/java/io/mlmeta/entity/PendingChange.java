package io.mlmeta.entity;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One changed aspect of an entity waiting to be saved: its value now, the value and version it was read at (absent
 * for an aspect the entity did not have when read), and the recorded changes that produced it.
 */
final class PendingChange {
  private final Urn urn;
  private final Aspect value;
  private final Aspect readValue;
  private final String readVersion;
  private final List<UnaryOperator<Aspect>> changes;

  PendingChange(Urn urn, Aspect value, Aspect readValue, String readVersion, List<UnaryOperator<Aspect>> changes) {
    this.urn = urn;
    this.value = value;
    this.readValue = readValue;
    this.readVersion = readVersion;
    this.changes = List.copyOf(changes);
  }

  /** The entity. */
  public Urn urn() {
    return urn;
  }

  /** The aspect's value now. */
  public Aspect value() {
    return value;
  }

  /** The value the changes started from, as read or last saved; empty if the entity did not have the aspect. */
  public Optional<Aspect> readValue() {
    return Optional.ofNullable(readValue);
  }

  /** The version the aspect was read at; empty if it was not read (absent then, or the entity is new). */
  public Optional<String> readVersion() {
    return Optional.ofNullable(readVersion);
  }

  /** The recorded changes applied, in order, to {@code fresh} (null when the aspect is absent on the server). */
  public Aspect reapply(Aspect fresh) {
    Aspect current = fresh;
    for (UnaryOperator<Aspect> change : changes) {
      current = change.apply(current);
    }
    return current;
  }

  @Override
  public String toString() {
    return "PendingChange[" + urn + " " + value.aspectName() + " @" + (readVersion == null ? "-" : readVersion)
        + ", " + changes.size() + " change(s)]";
  }
}
