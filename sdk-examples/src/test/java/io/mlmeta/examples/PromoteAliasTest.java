package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.mlmodel.MLModel;
import org.junit.jupiter.api.Test;

/** The alias promotion against a local store. */
class PromoteAliasTest extends LocalStoreTest {
  @Test
  void championMovesFromVersionOneToVersionTwoAndStaysThereOnASecondRun() {
    PromoteAlias.run(client, QUIET);
    PromoteAlias.run(client, QUIET);

    MLModel v1 = client.entities().get(PromoteAlias.VERSION_1, MLModel.class);
    MLModel v2 = client.entities().get(PromoteAlias.VERSION_2, MLModel.class);
    assertThat(v1.version()).contains("1");
    assertThat(v1.aliases()).isEmpty();
    assertThat(v2.version()).contains("2");
    assertThat(v2.aliases()).containsExactly("champion");
  }
}
