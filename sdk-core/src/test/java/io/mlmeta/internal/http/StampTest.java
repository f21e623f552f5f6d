package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.Status;
import io.mlmeta.internal.SdkVersion;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.urn.DatasetUrn;
import org.junit.jupiter.api.Test;

class StampTest {
  private final MetadataChangeProposal mcp =
      MetadataChangeProposal.upsert(DatasetUrn.of("hive", "a"), Status.of(false));

  @Test
  void missingSystemMetadataIsCreated() {
    SystemMetadata sm = Stamp.stamp(mcp, 42L).systemMetadata().orElseThrow();

    assertThat(sm.lastObserved()).isEqualTo(42L);
    assertThat(sm.runId()).isEqualTo(SystemMetadata.NO_RUN_ID);
    assertThat(sm.properties()).containsEntry("clientId", "mlmeta").containsEntry("clientVersion", SdkVersion.VERSION);
  }

  @Test
  void callersValuesWin() {
    SystemMetadata given = SystemMetadata.builder().lastObserved(7L).putProperty("clientVersion", "9").build();

    SystemMetadata sm = Stamp.stamp(mcp.withSystemMetadata(given), 42L).systemMetadata().orElseThrow();

    assertThat(sm.lastObserved()).isEqualTo(7L);
    assertThat(sm.properties()).containsEntry("clientVersion", "9").containsEntry("clientId", "mlmeta");
  }

  @Test
  void eachMillisecondGetsItsOwnLastObserved() {
    assertThat(Stamp.stamp(mcp, 42L).systemMetadata().orElseThrow().lastObserved()).isEqualTo(42L);
    assertThat(Stamp.stamp(mcp, 43L).systemMetadata().orElseThrow().lastObserved()).isEqualTo(43L);
    assertThat(Stamp.stamp(mcp, 42L).systemMetadata().orElseThrow().lastObserved()).isEqualTo(42L);
  }

  @Test
  void metadataThatIsAlreadyCompleteIsLeftAsItIs() {
    SystemMetadata given = SystemMetadata.builder().lastObserved(7L).runId("run-1")
        .putProperty("clientId", "mine").putProperty("clientVersion", "9").build();
    MetadataChangeProposal complete = mcp.withSystemMetadata(given);

    assertThat(Stamp.stamp(complete, 42L)).isSameAs(complete);
  }
}
