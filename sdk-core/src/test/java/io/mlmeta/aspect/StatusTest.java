package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class StatusTest {
  @Test
  void aLiveAndARemovedStatus() {
    Golden.assertAspect(Status.of(false), "golden/aspects/status-live.json");
    Golden.assertAspect(Status.of(true), "golden/aspects/status-removed.json");
  }

  @Test
  void theLifecycleStageAndWhoLastSetIt() {
    Status status = Status.builder().removed(false).lifecycleStage(Urn.parse("urn:li:lifecycleStageType:retired"))
        .lifecycleLastUpdated(AuditStamp.of(1700000000000L, CorpUserUrn.of("jdoe"))).build();

    Golden.assertAspect(status, "golden/aspects/status-lifecycle.json");
  }

  @Test
  void aStageOfAnyUrnTypeAServerWroteIsRead() {
    Status read = AspectCodec.fromJson(Status.TYPE, "{\"removed\":true,\"lifecycleStage\":\"urn:li:tag:odd\"}");

    assertThat(read.removed()).isTrue();
    assertThat(read.lifecycleStage()).contains(Urn.parse("urn:li:tag:odd"));
  }
}
