package io.mlmeta.local;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * URNs crafted to escape the store directory ({@code ..}, {@code /}, {@code %2F}, NUL-free control characters,
 * unicode, 10,000-character names) are stored as data and read back unchanged: no file name comes from a URN, so
 * the directory tree holds the same two files before and after, and nothing is written beside the store.
 */
class LocalStorePathSafetyTest {
  @TempDir
  Path temp;

  private static List<Urn> hostileUrns() {
    return List.of(
        DatasetUrn.of("hive", "../../../../etc/passwd"),
        DatasetUrn.of("hive", "..\\..\\windows\\system32"),
        DatasetUrn.of("hive", "/absolute/path/store.log"),
        DatasetUrn.of("hive", "a%2F..%2F..%2Fescape"),
        DatasetUrn.of("hive", "store.lock"),
        DatasetUrn.of("hive", "naïve/δοκιμή/测试/🚀"),
        DatasetUrn.of("hive", "tab\tand\rreturn"),
        DatasetUrn.of("hive", "x".repeat(10_000)),
        DatasetUrn.of("../..", "name"),
        Urn.create("container", "../../root"),
        Urn.create("container", "..%2F..%2F"));
  }

  @Test
  void hostileUrnsAreStoredAsDataAndNothingIsWrittenOutsideTheStore() throws IOException {
    Path store = temp.resolve("store");
    Files.createDirectories(store);
    Files.writeString(temp.resolve("neighbour.txt"), "untouched");
    try (LocalStore s = LocalStore.open(store)) {
      s.emit(MetadataChangeProposal.upsert(DatasetUrn.of("hive", "ordinary"), Status.of(false)));
    }
    List<String> before = tree(temp);

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

    assertThat(tree(temp)).isEqualTo(before);
    assertThat(tree(store)).containsExactly("store.lock", "store.log");
    assertThat(Files.readString(temp.resolve("neighbour.txt"))).isEqualTo("untouched");
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
