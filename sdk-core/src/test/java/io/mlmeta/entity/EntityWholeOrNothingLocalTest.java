package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.internal.backend.LocalBackend;
import io.mlmeta.local.LocalStore;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure catalogue of entity writes to the local store: whatever goes wrong, no part of the entity is written
 * (not in memory, not in the log), and the error names the URN and the aspect. A crash while the entity's record is
 * written is in {@code LocalStoreAtomicTest}.
 */
class EntityWholeOrNothingLocalTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");
  private static final Urn OTHER = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,other,PROD)");
  private static final CorpUserUrn ACTOR = CorpUserUrn.of("jdoe");

  @TempDir
  Path dir;
  private LocalBackend backend;
  private EntityClient entities;

  @BeforeEach
  void open() {
    backend = new LocalBackend(LocalStore.open(dir));
    entities = new EntityClient(backend, 1, Duration.ofMillis(1));
  }

  @AfterEach
  void close() {
    backend.close();
  }

  private static EntityClientTest.Model model(Aspect... more) {
    List<Aspect> aspects = new ArrayList<>(List.of(Status.of(false), GlobalTags.of(TagUrn.of("churn"))));
    aspects.addAll(List.of(more));
    return new EntityClientTest.Model(aspects).addOwner(ACTOR);
  }

  private long logSize() throws IOException {
    return Files.size(dir.resolve("store.log"));
  }

  @Test
  void aTwentyMegabyteDescriptionIsRefusedNamingTheLimitAndNothingIsWritten() throws IOException {
    long before = logSize();

    assertThatThrownBy(() -> entities.upsert(model(Deprecation.of("d".repeat(20_000_000), ACTOR))))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining(URN + ", aspect deprecation")
        .hasMessageContaining("limit of " + LocalStore.MAX_ASPECT_BYTES + " bytes per aspect")
        .hasMessageNotContaining("StreamReadConstraints")
        .hasMessageNotContaining("String value length");
    assertThat(backend.store().exists(URN)).as("any part of the entity written").isFalse();
    assertThat(logSize()).isEqualTo(before);
  }

  @Test
  void anAspectThatCannotBeEncodedLeavesNoneOfTheEntity() throws IOException {
    long before = logSize();

    assertThatThrownBy(() -> entities.upsert(model(RawAspect.of("someAspect", "{\"note\": \"caf\u00e9\" !}"))))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining(URN + ", aspect someAspect")
        .hasMessageContaining("cannot be encoded");
    assertThat(backend.store().exists(URN)).isFalse();
    assertThat(logSize()).isEqualTo(before);
  }

  @Test
  void aValueTheStoreRefusesLeavesNoneOfTheEntity() throws IOException {
    long before = logSize();

    assertThatThrownBy(() -> entities.upsert(model(RawAspect.of("deprecation", "{\"deprecated\": \"maybe\"}"))))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining(URN + ", aspect deprecation");
    assertThat(backend.store().exists(URN)).isFalse();
    assertThat(logSize()).isEqualTo(before);
  }

  @Test
  void createOfAnExistingEntityWritesNoneOfItsAspects() {
    backend.store().emit(io.mlmeta.mcp.MetadataChangeProposal.upsert(URN, Status.of(true)));

    assertThatThrownBy(() -> entities.create(model())).isInstanceOf(EntityAlreadyExistsException.class)
        .hasMessageContaining(URN.toString());
    assertThat(backend.store().getEntity(URN).orElseThrow().aspects()).containsOnlyKeys("status");
  }

  @Test
  void aVersionConflictInUpdateWritesNoneOfTheChangedAspects() {
    entities.upsert(model());
    EntityClientTest.Model stale = new EntityClientTest.Model(backend.reader().getEntity(URN).orElseThrow());
    EntityClientTest.Model other = new EntityClientTest.Model(backend.reader().getEntity(URN).orElseThrow());
    entities.update(other.addOwner(CorpUserUrn.of("other")));

    assertThatThrownBy(() -> entities.update(stale.addTag(TagUrn.of("mine")).addOwner(CorpUserUrn.of("mine"))))
        .isInstanceOf(DataHubConflictException.class)
        .hasMessageContaining(URN.toString())
        .hasMessageContaining("globalTags, ownership");
    assertThat(backend.store().getAspect(URN, GlobalTags.TYPE).orElseThrow().tags())
        .extracting(t -> t.tag().toString()).containsExactly("urn:li:tag:churn");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFullDiskLeavesNoneOfTheEntity() throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash) && System.getProperty("os.name").startsWith("Linux"), "needs Linux and bash");
    backend.close();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // ulimit -f counts blocks of 1024 bytes: the log may not grow past 1 MiB, the entity's record needs 2 MB.
    Process writer = new ProcessBuilder(bash.toString(), "-c", "ulimit -f 1024 && exec \"$@\"", "writer",
        java.toString(), "-cp", System.getProperty("java.class.path"), DiskFullWriter.class.getName(),
        dir.toString(), OTHER.toString(), "2000000")
        .redirectErrorStream(true).start();
    String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(output).contains("before ok").contains("failed ").contains("the log could not be written")
        .contains("File too large").doesNotContain("written\n");
    backend = new LocalBackend(LocalStore.open(dir));
    assertThat(backend.store().exists(OTHER)).isTrue();
    assertThat(backend.store().exists(URN)).as("any part of the entity written").isFalse();
  }
}
