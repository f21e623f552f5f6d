package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileEmitter writes DataHub's file-source format (wire.md section 4), atomically, or as JSON lines. */
class FileEmitterTest {
  @TempDir
  Path dir;

  private static List<MetadataChangeProposal> proposals() {
    return List.of(
        MockGms.status("a"),
        MetadataChangeProposal.upsert(MockGms.dataset("b"), Ownership.builder()
            .addOwner(Owner.of(CorpUserUrn.of("张伟"), OwnershipType.TECHNICAL_OWNER)).build())
            .withSystemMetadata(SystemMetadata.builder().lastObserved(1700000000000L).runId("run-1").build()),
        MetadataChangeProposal.patch(MockGms.dataset("c"), "ownership",
            Patch.builder().remove(Patch.path("owners", "urn:li:corpuser:jdoe")).build()));
  }

  private static List<MetadataChangeProposal> readAll(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return FileFormat.readAll(in);
    }
  }

  @Test
  void writtenFileReadsBackToTheSameProposals() throws IOException {
    Path target = dir.resolve("mcps.json");
    try (FileEmitter emitter = FileEmitter.create(target)) {
      assertThat(emitter.emitAll(proposals())).allMatch(EmitResult::isAcknowledged);
    }
    assertThat(readAll(target)).isEqualTo(proposals());
  }

  @Test
  void fileIsAJsonArrayOfPrettyItemsInAsciiAsDataHubsSinkWrites() throws IOException {
    Path target = dir.resolve("mcps.json");
    try (FileEmitter emitter = FileEmitter.create(target)) {
      emitter.emit(proposals().get(1));
    }
    String text = Files.readString(target, StandardCharsets.UTF_8);
    assertThat(text).startsWith("[\n{\n    \"entityType\": \"dataset\",").endsWith("\n}\n]");
    assertThat(text.chars()).allMatch(c -> c < 0x80);
    assertThat(Golden.parse(text).get(0).path("aspect").path("json").path("owners").get(0).path("owner").asText())
        .isEqualTo("urn:li:corpuser:张伟");
  }

  @Test
  void targetDoesNotExistUntilClose() throws IOException {
    Path target = dir.resolve("mcps.json");
    FileEmitter emitter = FileEmitter.create(target);
    emitter.emit(MockGms.status("a"));
    emitter.flush();

    assertThat(target).doesNotExist();
    emitter.close();
    assertThat(target).exists();
    try (var files = Files.list(dir)) {
      assertThat(files.collect(Collectors.toList())).containsExactly(target);
    }
  }

  @Test
  void existingTargetKeepsItsOldContentUntilClose() throws IOException {
    Path target = dir.resolve("mcps.json");
    Files.writeString(target, "[]");
    FileEmitter emitter = FileEmitter.create(target);
    emitter.emit(MockGms.status("a"));

    assertThat(target).hasContent("[]");
    emitter.close();
    assertThat(readAll(target)).containsExactly(MockGms.status("a"));
  }

  @Test
  void emptyEmitterWritesAnEmptyArray() throws IOException {
    Path target = dir.resolve("empty.json");
    FileEmitter.create(target).close();

    assertThat(target).hasContent("[]");
  }

  @Test
  void jsonLinesWritesOneCompactProposalPerLineAsItGoes() throws IOException {
    Path target = dir.resolve("mcps.jsonl");
    try (FileEmitter emitter = FileEmitter.jsonLines(target)) {
      emitter.emit(proposals().get(0));
      assertThat(Files.readAllLines(target)).hasSize(1);
      emitter.emitAll(proposals().subList(1, 3));
    }
    List<String> lines = Files.readAllLines(target);
    assertThat(lines).hasSize(3).noneMatch(line -> line.contains("\n  "));
    assertThat(lines.stream().map(line -> FileFormat.readItem(Golden.parse(line))).collect(Collectors.toList()))
        .isEqualTo(proposals());
  }

  @Test
  void emitsAfterCloseThrow() {
    FileEmitter emitter = FileEmitter.create(dir.resolve("mcps.json"));
    emitter.close();
    emitter.close();

    assertThatThrownBy(() -> emitter.emit(MockGms.status("a"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> emitter.emitAsync(MockGms.status("a"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> emitter.emitAll(List.of(MockGms.status("a"))))
        .isInstanceOf(IllegalStateException.class);
  }
}
