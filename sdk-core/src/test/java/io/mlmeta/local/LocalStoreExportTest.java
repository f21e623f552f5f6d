package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.ALICE;
import static io.mlmeta.local.Fixtures.BOB;
import static io.mlmeta.local.Fixtures.DATASET;
import static io.mlmeta.local.Fixtures.MODEL;
import static io.mlmeta.local.Fixtures.ownedBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.local.TestAspects.RunEvent;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreExportTest extends WithOpenStore {
  @TempDir
  Path out;

  @BeforeEach
  void fill() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE, BOB)));
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
    store.emit(MetadataChangeProposal.patch(DATASET, "globalTags", Patch.builder()
        .add(Patch.path("tags", "urn:li:tag:pii"), Map.of("tag", "urn:li:tag:pii")).build()));
    store.emit(MetadataChangeProposal.upsert(DATASET, RawAspect.of("datasetProperties",
        "{\"name\":\"\u00e9v\u00e9nements\",\"customProperties\":{}}")));
    store.emit(MetadataChangeProposal.upsert(MODEL, new RunEvent(2000, 0.2)));
    store.emit(MetadataChangeProposal.upsert(MODEL, new RunEvent(1000, 0.1)));
  }

  @Test
  void proposalsAreTheLatestStateAsUpserts() {
    List<MetadataChangeProposal> proposals = store.proposals();

    assertThat(proposals).extracting(m -> m.entityUrn() + " " + m.aspectName()).containsExactly(
        DATASET + " datasetProperties", DATASET + " globalTags",
        MODEL + " ownership", MODEL + " status", MODEL + " testRunEvent", MODEL + " testRunEvent");
    assertThat(proposals).extracting(MetadataChangeProposal::changeType).containsOnly(ChangeType.UPSERT);
    assertThat(AspectCodec.toJson(proposals.get(2).aspect().orElseThrow()))
        .isEqualTo(AspectCodec.toJson(ownedBy(ALICE, BOB)));
    assertThat(proposals).allSatisfy(m -> assertThat(m.systemMetadata().orElseThrow().version()).isEmpty());
  }

  @Test
  void theExportReadsBackAsTheStoredProposals() throws IOException {
    Path file = out.resolve("metadata.json");

    store.export(file);

    List<MetadataChangeProposal> read;
    try (InputStream in = Files.newInputStream(file)) {
      read = FileFormat.readAll(in);
    }
    assertThat(read.stream().map(LocalStoreExportTest::comparable).collect(toList()))
        .isEqualTo(store.proposals().stream().map(LocalStoreExportTest::comparable).collect(toList()));
  }

  @Test
  void theExportHasTheLayoutOfDataHubsFileSinkInAsciiOnly() throws IOException {
    Path file = out.resolve("metadata.json");

    store.export(file);

    String text = Files.readString(file);
    assertThat(text).startsWith("[\n{\n    \"entityType\": \"dataset\",\n").endsWith("}\n]").contains("},\n{\n")
        .containsIgnoringCase("\\u00e9v\\u00e9nements");
    assertThat(text.chars().allMatch(c -> c < 128)).isTrue();
    try (var files = Files.list(out)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void anEmptyStoreExportsAnEmptyArray() throws IOException {
    Path file = out.resolve("empty.json");
    try (LocalStore empty = LocalStore.open(out.resolve("empty-store"))) {
      empty.export(file);
    }

    assertThat(Files.readString(file)).isEqualTo("[]");
  }

  @Test
  void anExportOverTheStoresOwnFilesIsRefused() throws IOException {
    for (String own : List.of("store.log", "store.log.compact", "store.lock")) {
      assertThatThrownBy(() -> store.export(dir.resolve(own)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("would replace the store's own file " + own)
          .hasMessageContaining(dir.resolve("export.json").toString());
    }
    assertThatThrownBy(() -> store.export(dir.resolve("sub/../store.log")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.export(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is the store directory");
    Path link = Files.createSymbolicLink(out.resolve("link"), dir);
    assertThatThrownBy(() -> store.export(link.resolve("store.log"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(false));
  }

  @Test
  void anExportBesideTheStoresFilesIsWrittenAndTheStoreReopens() throws IOException {
    Path beside = dir.resolve("export.json");

    store.export(beside);
    store.export(beside);
    store.compact();
    reopen();

    try (InputStream in = Files.newInputStream(beside)) {
      assertThat(FileFormat.readAll(in)).hasSize(6);
    }
    assertThat(store.proposals()).hasSize(6);
  }

  @Test
  void pushToReplaysTheStateIntoAnotherEmitter() {
    RecordingEmitter target = new RecordingEmitter();

    List<EmitResult> results = store.pushTo(target);

    assertThat(results).hasSize(6).allMatch(EmitResult::isAcknowledged);
    assertThat(target.emitted).isEqualTo(store.proposals());
  }

  /** A proposal as comparable text: its envelope and its aspect's parsed JSON. */
  private static String comparable(MetadataChangeProposal mcp) {
    try {
      JsonNode aspect = WireJson.MAPPER.readTree(AspectCodec.toJson(mcp.aspect().orElseThrow()));
      return mcp.entityUrn() + " " + mcp.changeType() + " " + mcp.aspectName() + " " + aspect + " "
          + mcp.systemMetadata().orElseThrow();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
