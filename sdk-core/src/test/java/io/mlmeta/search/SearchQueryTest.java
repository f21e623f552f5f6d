package io.mlmeta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SearchQuery's defaults and its early refusals, each naming the field and the value. */
class SearchQueryTest {
  @Test
  void theDefaultsAreTheFiveMlTypesWithoutSoftDeletedEntities() {
    SearchQuery query = SearchQuery.builder().build();

    assertThat(query.entityTypes()).containsExactly("container", "dataProcessInstance", "mlModel",
        "mlModelDeployment", "mlModelGroup");
    assertThat(query.includeRemoved()).isFalse();
    assertThat(query.pageSize()).isEqualTo(SearchQuery.DEFAULT_PAGE_SIZE);
  }

  @Test
  void toBuilderGivesAnEqualQuery() {
    SearchQuery query = SearchQuery.builder().addEntityType("mlModel").platform(DataPlatformUrn.of("mlflow"))
        .addTag(TagUrn.of("production")).putCustomProperty("team", "growth").build();

    assertThat(query.toBuilder().build()).isEqualTo(query).hasSameHashCodeAs(query);
    assertThat(query.toBuilder().includeRemoved(true).build()).isNotEqualTo(query);
  }

  @Test
  void badValuesAreRefusedWhenSet() {
    assertThatThrownBy(() -> SearchQuery.builder().addEntityType("urn:li:mlModel"))
        .hasMessageContaining("'urn:li:mlModel'");
    assertThatThrownBy(() -> SearchQuery.builder().entityTypes(Set.of("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchQuery.builder().deploymentStatus("RUNNING"))
        .hasMessageContaining("deploymentStatus").hasMessageContaining("'RUNNING'");
    assertThatThrownBy(() -> SearchQuery.builder().putCustomProperty("a=b", "c"))
        .hasMessageContaining("'a=b'");
    assertThatThrownBy(() -> SearchQuery.builder().owner(Urn.parse("urn:li:tag:alice")))
        .hasMessageContaining("urn:li:tag:alice");
    assertThatThrownBy(() -> SearchQuery.builder().nameContains(" ")).hasMessageContaining("nameContains");
    assertThatThrownBy(() -> SearchQuery.builder().versionAlias("")).hasMessageContaining("versionAlias");
    assertThatThrownBy(() -> SearchQuery.builder().pageSize(0)).hasMessageContaining("pageSize")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> SearchQuery.builder().pageSize(1001)).hasMessageContaining("1001");
  }

  @Test
  void aDeploymentStatusNeedsDeploymentsAmongTheTypes() {
    assertThatThrownBy(() -> SearchQuery.builder().addEntityType("mlModel").deploymentStatus("IN_SERVICE").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mlModelDeployment").hasMessageContaining("[mlModel]");
  }
}
