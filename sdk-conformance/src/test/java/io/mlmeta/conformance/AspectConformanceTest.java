package io.mlmeta.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.linkedin.data.schema.RecordDataSchema;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every aspect the SDK can produce, in each form its golden fixtures show (at least a minimal and a rich one), is
 * read by the SDK, written again by the SDK, and validated against DataHub's own schema for that aspect.
 */
class AspectConformanceTest {
  /** Aspects whose schema the December 2024 jar does not have; their golden tests check them against the spec. */
  private static final Set<String> ABSENT_FROM_JAR =
      Set.of("versionProperties", "versionSetProperties", "mlTrainingRunProperties", "applications");

  static Stream<String> fixtures() {
    return GoldenFixtures.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void whatTheSdkWritesValidatesAgainstDataHubsSchema(String fixture) {
    String aspectName = GoldenFixtures.aspectName(fixture);
    AspectType<?> type = aspectTypes().stream().filter(t -> t.name().equals(aspectName)).findFirst()
        .orElseThrow(() -> new AssertionError("fixture " + fixture + " names no registered aspect"));
    Aspect aspect = AspectCodec.fromJson(type, Golden.resource(fixture));
    JsonNode written = Golden.parse(AspectCodec.toJson(aspect));
    Optional<RecordDataSchema> schema = SchemaOracle.schema(type.pegasusClass());
    if (ABSENT_FROM_JAR.contains(aspectName)) {
      assertThat(schema).as("%s is expected to be absent from the jar", type.pegasusClass()).isEmpty();
      return;
    }
    assertThat(schema).as("the jar's schema for %s", type.pegasusClass()).isPresent();

    String comparable = NewFields.strip(aspectName, written).toString();
    assertThat(SchemaOracle.errors(schema.get(), comparable)).as("%s as the SDK writes it: %s", fixture, comparable)
        .isEmpty();
  }

  @Test
  void everyRegisteredAspectHasAMinimalAndARichFixture() {
    TreeSet<String> fixtures = GoldenFixtures.all();
    List<String> missing = new ArrayList<>();
    for (AspectType<?> type : aspectTypes()) {
      long count = fixtures.stream().filter(f -> GoldenFixtures.aspectName(f).equals(type.name())).count();
      if (count < 2 && !hasSingleFormOnly(type, fixtures)) {
        missing.add(type.name() + " (" + count + " fixture" + (count == 1 ? "" : "s") + ")");
      }
    }
    assertThat(missing).as("aspects without a minimal and a rich golden fixture").isEmpty();
  }

  @Test
  void theOracleCatchesAMisspeltField() {
    RecordDataSchema schema = SchemaOracle.schema("com.linkedin.common.Status").orElseThrow();

    assertThat(SchemaOracle.errors(schema, "{\"removd\":true}")).isNotEmpty();
    assertThat(SchemaOracle.errors(schema, "{\"removed\":true}")).isEmpty();
  }

  /** An aspect with one field and no optional ones has one form; its single fixture is named "-only". */
  private static boolean hasSingleFormOnly(AspectType<?> type, Set<String> fixtures) {
    return fixtures.contains(GoldenFixtures.DIR + type.name() + "-only.json");
  }

  private static List<AspectType<?>> aspectTypes() {
    return ServiceLoader.load(AspectCatalog.class).stream()
        .flatMap(p -> p.get().aspectTypes().stream())
        .collect(Collectors.toList());
  }
}
