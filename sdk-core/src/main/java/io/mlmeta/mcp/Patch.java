package io.mlmeta.mcp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list of JSON-Patch operations applied to one aspect on the server (a {@link ChangeType#PATCH} proposal).
 * Build paths with {@link #path(String...)}, which escapes each segment as JSON Pointer requires
 * ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
 *
 * <pre>{@code
 * Patch patch = Patch.builder()
 *     .add(Patch.path("tags", tag.toString()), Map.of("tag", tag.toString()))
 *     .build();
 * }</pre>
 *
 * <p>GMS applies a patch with the aspect's own patch template where it has one (tags, owners, model properties
 * …), where some paths address array elements by key. For other aspects, such as {@code versionProperties}, build
 * the patch with {@link Builder#forceGenericPatch()}: GMS then applies it as plain JSON Patch to the stored aspect,
 * sent as the envelope {@code {"patch": [...], "forceGenericPatch": true}}.
 */
public final class Patch {
  private final List<Operation> operations;
  private final boolean forceGenericPatch;

  private Patch(List<Operation> operations, boolean forceGenericPatch) {
    this.operations = Collections.unmodifiableList(new ArrayList<>(operations));
    this.forceGenericPatch = forceGenericPatch;
  }

  /** The operations, in order. */
  public List<Operation> operations() {
    return operations;
  }

  /** Whether GMS is asked to apply the operations as plain JSON Patch rather than with the aspect's template. */
  public boolean forceGenericPatch() {
    return forceGenericPatch;
  }

  /** A JSON Pointer made of {@code segments}, each escaped: {@code path("owners", "urn:li:corpuser:a/b")}. */
  public static String path(String... segments) {
    StringBuilder out = new StringBuilder();
    for (String segment : Objects.requireNonNull(segments, "segments")) {
      Objects.requireNonNull(segment, "a patch path segment must not be null");
      out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Patch && ((Patch) o).operations.equals(operations)
        && ((Patch) o).forceGenericPatch == forceGenericPatch;
  }

  @Override
  public int hashCode() {
    return 31 * operations.hashCode() + Boolean.hashCode(forceGenericPatch);
  }

  @Override
  public String toString() {
    return "Patch" + operations + (forceGenericPatch ? " (generic)" : "");
  }

  /** The JSON-Patch operation kinds DataHub applies. */
  public enum Op {
    ADD("add"), REMOVE("remove"), REPLACE("replace");

    private final String wireName;

    Op(String wireName) {
      this.wireName = wireName;
    }

    /** The name on the wire, e.g. {@code add}. */
    public String wireName() {
      return wireName;
    }
  }

  /**
   * One operation. Its value is a JSON-serializable object: a string, number, boolean, map, list, URN or SDK
   * record (such as an {@link io.mlmeta.aspect.Owner}).
   */
  public static final class Operation {
    private final Op op;
    private final String path;
    private final Object value;

    Operation(Op op, String path, Object value) {
      this.op = Objects.requireNonNull(op, "op");
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("a patch path must start with '/' but was " + path);
      }
      this.path = path;
      this.value = value;
    }

    /** The kind of operation. */
    public Op op() {
      return op;
    }

    /** The JSON Pointer the operation applies to. */
    public String path() {
      return path;
    }

    /** The value; empty for {@code remove}. */
    public Optional<Object> value() {
      return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Operation)) {
        return false;
      }
      Operation other = (Operation) o;
      return op == other.op && path.equals(other.path) && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(op, path, value);
    }

    @Override
    public String toString() {
      return op.wireName + " " + path + (value == null ? "" : " " + value);
    }
  }

  /** Collects operations in order. */
  public static final class Builder {
    private final List<Operation> operations = new ArrayList<>();
    private boolean forceGenericPatch;

    private Builder() {}

    /** Asks GMS to apply the operations as plain JSON Patch, for aspects that have no patch template. */
    public Builder forceGenericPatch() {
      this.forceGenericPatch = true;
      return this;
    }

    /** Adds {@code value} at {@code path} (for a map key or keyed array: adds or replaces that entry). */
    public Builder add(String path, Object value) {
      operations.add(new Operation(Op.ADD, path, Objects.requireNonNull(value, "value of add " + path)));
      return this;
    }

    /** Removes what is at {@code path}. */
    public Builder remove(String path) {
      operations.add(new Operation(Op.REMOVE, path, null));
      return this;
    }

    /** Replaces what is at {@code path} with {@code value}. */
    public Builder replace(String path, Object value) {
      operations.add(new Operation(Op.REPLACE, path, Objects.requireNonNull(value, "value of replace " + path)));
      return this;
    }

    /** The patch; refuses an empty one. */
    public Patch build() {
      if (operations.isEmpty()) {
        throw new IllegalStateException("a patch needs at least one operation");
      }
      return new Patch(operations, forceGenericPatch);
    }
  }
}
