package io.mlmeta.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.AspectType;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoreAspectCatalogTest {
  @Test
  void everyCommonAspectIsRegisteredOnce() {
    assertThat(new CoreAspectCatalog().aspectTypes()).extracting(AspectType::name).containsExactlyInAnyOrder(
        "status", "ownership", "globalTags", "glossaryTerms", "domains", "deprecation", "dataPlatformInstance",
        "container", "subTypes", "browsePathsV2", "institutionalMemory", "versionProperties", "containerProperties",
        "editableContainerProperties", "structuredProperties", "applications", "documentation",
        "dataProcessInstanceProperties", "dataProcessInstanceInput", "dataProcessInstanceOutput",
        "dataProcessInstanceRelationships", "dataProcessInstanceRunEvent");
  }

  @Test
  void theRegistryFindsThemByName() {
    assertThat(new CoreAspectCatalog().aspectTypes().stream()
        .filter(t -> AspectRegistry.byName(t.name()).orElse(null) != t)
        .map(AspectType::name)
        .collect(Collectors.toList())).isEmpty();
  }
}
