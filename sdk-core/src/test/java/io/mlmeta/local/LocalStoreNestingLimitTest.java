package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.RawAspect;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The deepest aspect the store takes is also one it can replay and export: Jackson 2.15+ reads and 2.16+ writes at
 * most 1000 levels, and the log record and the export nest the aspect deeper than the aspect itself.
 */
class LocalStoreNestingLimitTest extends WithOpenStore {
  /** An aspect whose JSON nests {@code depth} levels: an object holding {@code depth - 1} arrays. */
  private static RawAspect nested(int depth) {
    return RawAspect.of("deepAspect", "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}");
  }

  @Test
  void theDeepestAspectTakenIsReplayedAndExported() throws Exception {
    RawAspect deepest = nested(LocalStore.MAX_NESTING_DEPTH);
    store.emit(MetadataChangeProposal.upsert(MODEL, deepest));

    reopen();
    Path export = dir.resolve("export.json");
    store.export(export);

    assertThat(store.getAspect(MODEL, deepest.aspectType())).contains(deepest);
    assertThat(Files.readString(export)).contains("deepAspect");
  }

  @Test
  void oneLevelDeeperIsRefusedNamingTheLimit() {
    assertThatThrownBy(() -> store.emit(MetadataChangeProposal.upsert(MODEL,
        nested(LocalStore.MAX_NESTING_DEPTH + 1)))).isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining("beyond the local store's limits")
        .hasMessageContaining("nesting at most " + LocalStore.MAX_NESTING_DEPTH + " deep");
  }
}
