package io.mlmeta.local;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Aspect types that exist only in these tests (not registered through AspectCatalog): a timeseries event and a
 * versioned aspect that declares a relationship.
 */
final class TestAspects {
  private TestAspects() {}

  /** A timeseries aspect: one measurement at a time. */
  static final class RunEvent implements Aspect {
    static final AspectType<RunEvent> TYPE = AspectType.timeseries("testRunEvent", "com.example.TestRunEvent",
        RunEvent.class, Set.of("dataset", "mlModel"));

    @JsonProperty("timestampMillis")
    final long timestampMillis;
    @JsonProperty("value")
    final double value;

    @JsonCreator
    RunEvent(@JsonProperty(value = "timestampMillis", required = true) long timestampMillis,
        @JsonProperty("value") double value) {
      this.timestampMillis = timestampMillis;
      this.value = value;
    }

    @Override
    public AspectType<RunEvent> aspectType() {
      return TYPE;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RunEvent && ((RunEvent) o).timestampMillis == timestampMillis
          && ((RunEvent) o).value == value;
    }

    @Override
    public int hashCode() {
      return Objects.hash(timestampMillis, value);
    }

    @Override
    public String toString() {
      return "RunEvent[" + timestampMillis + "=" + value + "]";
    }
  }

  /** A versioned aspect whose {@code inputs} are {@code Consumes} edges. */
  static final class Inputs implements Aspect {
    static final AspectType<Inputs> TYPE = AspectType.of("testInputs", "com.example.TestInputs", Inputs.class,
        Set.of("mlModel")).withRelationship("inputs/*", "Consumes");

    @JsonProperty("inputs")
    final List<String> inputs;

    @JsonCreator
    Inputs(@JsonProperty("inputs") List<String> inputs) {
      this.inputs = List.copyOf(inputs);
    }

    static Inputs of(Object... urns) {
      return new Inputs(java.util.Arrays.stream(urns).map(Object::toString).collect(java.util.stream.Collectors
          .toList()));
    }

    @Override
    public AspectType<Inputs> aspectType() {
      return TYPE;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Inputs && ((Inputs) o).inputs.equals(inputs);
    }

    @Override
    public int hashCode() {
      return inputs.hashCode();
    }
  }
}
