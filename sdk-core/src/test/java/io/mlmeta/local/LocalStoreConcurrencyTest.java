package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.CorpUserUrn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ADDITIONS = 50;

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void concurrentReadModifyWritesLoseNoOwner() throws Exception {
    AtomicInteger conflicts = new AtomicInteger();
    try (LocalStore store = LocalStore.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < ADDITIONS; i++) {
            addOwner(store, CorpUserUrn.of("user-" + thread + "-" + i), conflicts);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();

      Ownership ownership = store.getAspect(MODEL, Ownership.TYPE).orElseThrow();
      assertThat(ownership.owners()).hasSize(THREADS * ADDITIONS);
      assertThat(ownership.owners()).extracting(Owner::owner).doesNotHaveDuplicates();
      assertThat(store.getVersionedAspect(MODEL, Ownership.TYPE).orElseThrow().version())
          .contains(Integer.toString(THREADS * ADDITIONS));
    }
    assertThat(conflicts.get()).as("the threads did race").isPositive();
  }

  /** Reads, adds one owner, writes with If-Version-Match, and retries on a version conflict. */
  private static void addOwner(LocalStore store, CorpUserUrn user, AtomicInteger conflicts) {
    while (true) {
      Optional<VersionedAspect<Ownership>> current = store.getVersionedAspect(MODEL, Ownership.TYPE);
      String version = current.flatMap(VersionedAspect::version).orElse("-1");
      Ownership.Builder next = current.map(c -> c.aspect().toBuilder()).orElseGet(Ownership::builder);
      next.addOwner(Owner.of(user, OwnershipType.TECHNICAL_OWNER));
      try {
        store.emit(MetadataChangeProposal.upsert(MODEL, next.build())
            .withHeader(MetadataChangeProposal.IF_VERSION_MATCH, version));
        return;
      } catch (DataHubConflictException e) {
        conflicts.incrementAndGet();
      }
    }
  }
}
