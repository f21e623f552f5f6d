package io.mlmeta.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  private static List<Urn> hostileUrns() {
    return List.of(
        DatasetUrn.of("hive", "../../../../etc/passwd"),
        DatasetUrn.of("hive", "..\\..\\windows\\system32"),
        DatasetUrn.of("hive", "/absolute/path/store.log"),
        DatasetUrn.of("hive", "a%2F..%2F..%2Fescape"),
        DatasetUrn.of("hive", "store.lock"),
        DatasetUrn.of("hive", "naïve/δοκιμή/测试/🚀"),
        // Parsed: the SDK does not make such a name, but may read one.
        Urn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,tab\tand\rreturn,PROD)"),
        DatasetUrn.of("hive", "x".repeat(10_000)),
        DatasetUrn.of("../..", "name"),
        Urn.create("container", "../../root"),
        Urn.create("container", "..%2F..%2F"));
  }

  /**
   * Typed URNs built from hostile names, written, compacted and reopened: the whole temporary tree (a neighbour
   * file included) is the same before and after, and the store directory holds its two files only.
   */
  @Test
  void hostileUrnsAreStoredAsDataAndNothingIsWrittenOutsideTheStore() throws IOException {
    Path store = root.resolve("store");
    Files.createDirectories(store);
    Files.writeString(root.resolve("neighbour.txt"), "untouched");
    try (LocalStore s = LocalStore.open(store)) {
      s.emit(MetadataChangeProposal.upsert(DatasetUrn.of("hive", "ordinary"), Status.of(false)));
    }
    List<String> before = tree(root);

    try (LocalStore s = LocalStore.open(store)) {
      for (Urn urn : hostileUrns()) {
        s.emit(MetadataChangeProposal.upsert(urn, Status.of(true)));
      }
      s.compact();
    }
    try (LocalStore s = LocalStore.open(store)) {
      for (Urn urn : hostileUrns()) {
        assertThat(s.exists(urn)).as(urn.toString().substring(0, Math.min(80, urn.toString().length()))).isTrue();
        assertThat(s.getEntity(urn).orElseThrow().urn()).isEqualTo(urn);
      }
    }

    assertThat(tree(root)).isEqualTo(before);
    assertThat(tree(store)).containsExactly("store.lock", "store.log");
    assertThat(Files.readString(root.resolve("neighbour.txt"))).isEqualTo("untouched");
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

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<String> out = new ArrayList<>();
      for (Path p : files.filter(p -> !p.equals(root)).collect(Collectors.toList())) {
        out.add(root.relativize(p).toString().replace('\\', '/'));
      }
      out.sort(null);
      return out;
    }
  }
}
