package io.mlmeta.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkedin.data.schema.RecordDataSchema;
import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.examples.Examples;
import io.mlmeta.examples.RunAllExamples;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.ProposalCodec;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.Golden;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every aspect the examples leave in a local store (all examples run once, as the runner runs them) validates
 * against DataHub's own schema: typed aspects and the datasets' raw {@code datasetProperties},
 * {@code editableDatasetProperties} and {@code schemaMetadata} alike, fields newer than the jar stripped as
 * {@link AspectConformanceTest} does; and every proposal's envelope validates against
 * {@code MetadataChangeProposal}.
 */
class ExamplesConformanceTest {
  /** Aspects whose schema the December 2024 jar does not have; their golden tests check them against the spec. */
  private static final Set<String> ABSENT_FROM_JAR = Set.of("versionProperties", "mlTrainingRunProperties");
  /** The Pegasus records of the aspects the SDK has no type for, which the examples write raw. */
  private static final Map<String, String> RAW_ASPECTS = Map.of(
      "datasetProperties", "com.linkedin.dataset.DatasetProperties",
      "editableDatasetProperties", "com.linkedin.dataset.EditableDatasetProperties",
      "schemaMetadata", "com.linkedin.schema.SchemaMetadata");
  private static List<MetadataChangeProposal> stored;

  static Stream<Arguments> proposals() {
    return storedProposals().stream()
        .map(m -> Arguments.of(m.entityUrn() + " " + m.aspectName(), m));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proposals")
  void theStoredAspectValidatesAgainstDataHubsSchema(String name, MetadataChangeProposal mcp) {
    Aspect aspect = mcp.aspect().orElseThrow();
    String pegasusClass = pegasusClass(mcp.aspectName());
    if (ABSENT_FROM_JAR.contains(mcp.aspectName())) {
      assertThat(SchemaOracle.schema(pegasusClass)).as("%s is expected to be absent from the jar", pegasusClass)
          .isEmpty();
      return;
    }
    RecordDataSchema schema = SchemaOracle.schema(pegasusClass).orElseThrow(
        () -> new AssertionError("the jar has no schema for " + pegasusClass));
    String json = aspect instanceof RawAspect ? ((RawAspect) aspect).json() : AspectCodec.toJson(aspect);

    String comparable = NewFields.strip(mcp.aspectName(), Golden.parse(json)).toString();
    assertThat(SchemaOracle.errors(schema, comparable)).as("%s: %s", name, comparable).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proposals")
  void theEnvelopeValidatesAgainstTheMcpSchema(String name, MetadataChangeProposal mcp) {
    RecordDataSchema schema = SchemaOracle.schema("com.linkedin.mxe.MetadataChangeProposal").orElseThrow();
    String json = new String(ProposalCodec.proposal(mcp), StandardCharsets.UTF_8);

    assertThat(SchemaOracle.errors(schema, json)).as(json).isEmpty();
  }

  @Test
  void theDatasetsRawAspectsAreAmongThemAsWrittenRaw() {
    Map<String, Long> raw = storedProposals().stream().filter(m -> m.aspect().orElseThrow() instanceof RawAspect)
        .collect(Collectors.groupingBy(MetadataChangeProposal::aspectName, Collectors.counting()));
    assertThat(raw).containsEntry("datasetProperties", 3L).containsEntry("editableDatasetProperties", 2L)
        .containsEntry("schemaMetadata", 2L);
  }

  private static String pegasusClass(String aspectName) {
    Map<String, String> known = new HashMap<>(RAW_ASPECTS);
    ServiceLoader.load(AspectCatalog.class).stream().flatMap(p -> p.get().aspectTypes().stream())
        .forEach(t -> known.put(t.name(), t.pegasusClass()));
    String found = known.get(aspectName);
    assertThat(found).as("the Pegasus record of %s", aspectName).isNotNull();
    return found;
  }

  /** Runs every example once against a new local store and keeps what it holds. */
  private static synchronized List<MetadataChangeProposal> storedProposals() {
    if (stored == null) {
      Path dir = null;
      try {
        dir = Files.createTempDirectory("examples-conformance");
        try (DataHubClient client = DataHubClient.local(Examples.storeDirectory(dir))) {
          int code = RunAllExamples.run(client, Examples.exportFile(dir),
              new PrintStream(OutputStream.nullOutputStream()));
          assertThat(code).as("the runner's exit code").isEqualTo(0);
          stored = client.localStore().orElseThrow().proposals();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        delete(dir);
      }
    }
    return stored;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
