package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.entity.Entity;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity kinds of sdk-mlmodel as the entity client uses them: {@code entities().get(urn)} of each ML entity. */
class EntityKindsTest {
  @TempDir
  Path dir;

  @Test
  void getReturnsEachOfTheFiveEntitiesAsItsClass() {
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      for (Entity<?> entity : EntityFixtures.rich()) {
        client.entities().upsert(entity);

        Entity<?> read = client.entities().get(entity.urn());

        assertThat(read).isInstanceOf(entity.getClass());
        assertThat(read.urn()).isEqualTo(entity.urn());
        assertThat(read.aspects()).containsAll(entity.aspects()); // and a run's latest run event
      }
    }
  }

  @Test
  void containersAndProcessInstancesOfOtherKindsAreNotReadAsExperimentsOrRuns() {
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      ContainerUrn database = ContainerUrn.of("db");
      DataProcessInstanceUrn task = DataProcessInstanceUrn.of("airflow-task");
      client.emitter().emit(MetadataChangeProposal.upsert(database, SubTypes.of("Database")));
      client.emitter().emit(MetadataChangeProposal.upsert(task, Status.of(false)));

      assertThatThrownBy(() -> client.entities().get(database)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no entity class for container");
      assertThatThrownBy(() -> client.entities().get(task)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no entity class for dataProcessInstance");
    }
  }
}
