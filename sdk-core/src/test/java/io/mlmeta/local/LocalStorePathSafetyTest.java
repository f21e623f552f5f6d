package io.mlmeta.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorePathSafetyTest {
  private static final List<Urn> CRAFTED = List.of(
      Urn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,../../../../etc/passwd,PROD)"),
      Urn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,/tmp/absolute/escape,PROD)"),
      Urn.parse("urn:li:corpuser:..%2F..%2Foutside"),
      Urn.parse("urn:li:corpuser:..\\..\\windows"),
      Urn.parse("urn:li:tag:\u65e5\u672c\u8a9e \u00fcn\u00efc\u00f6d\u00e9 \uD83D\uDE00"),
      Urn.parse("urn:li:tag:" + "a".repeat(10_000)),
      Urn.parse("urn:li:tag:store.log"),
      Urn.parse("urn:li:tag:~1~0%00.."));

  @TempDir
  Path root;

  @Test
  void craftedUrnsWriteNothingOutsideTheStoreAndReadBack() throws IOException {
    Path dir = root.resolve("store");
    try (LocalStore store = LocalStore.open(dir)) {
      for (Urn urn : CRAFTED) {
        store.emit(MetadataChangeProposal.upsert(urn, RawAspect.of("note", "{\"urn\":\"" + jsonEscape(urn) + "\"}")));
        if (Status.TYPE.appliesTo(urn.entityType())) {
          store.emit(MetadataChangeProposal.upsert(urn, Status.of(true)));
        }
      }
    }

    try (LocalStore store = LocalStore.open(dir)) {
      for (Urn urn : CRAFTED) {
        assertThat(store.exists(urn)).as("%s", urn).isTrue();
        assertThat(store.getAspect(urn, RawAspect.of("note", "{}").aspectType()).orElseThrow().json())
            .contains(jsonEscape(urn).substring(0, Math.min(40, jsonEscape(urn).length())));
      }
    }
    assertThat(allFiles(root)).containsExactlyInAnyOrder("store/store.log", "store/store.lock");
  }

  private static List<String> allFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toList());
    }
  }

  private static String jsonEscape(Urn urn) {
    return urn.toString().replace("\\", "\\\\");
  }
}
