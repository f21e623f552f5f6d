package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.ContainerUrn;
import org.junit.jupiter.api.Test;

class BrowsePathsV2Test {
  @Test
  void anEmptyPathIsAnEmptyArray() {
    Golden.assertAspect(BrowsePathsV2.of(), "golden/aspects/browsePathsV2-minimal.json");
  }

  @Test
  void anEntityStepHasItsUrnAsId() {
    BrowsePathsV2 path = BrowsePathsV2.of(BrowsePathEntry.of("forecasting"),
        BrowsePathEntry.of(ContainerUrn.of("541501e1c563a2fe26dddead6e9ea395")));

    Golden.assertAspect(path, "golden/aspects/browsePathsV2-rich.json");
  }

  @Test
  void anEmptyStepIdIsRefused() {
    assertThatThrownBy(() -> BrowsePathEntry.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BrowsePathEntry.id must not be empty but was ''");
  }

  @Test
  void browsePathsDeclareNoRelationship() {
    assertThat(BrowsePathsV2.TYPE.relationships()).isEmpty();
  }
}
