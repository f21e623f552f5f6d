package io.mlmeta.mlmodel.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.internal.json.AspectRegistry;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MLAspectCatalogTest {
  @Test
  void listsEveryMlAspectOnce() {
    assertThat(new MLAspectCatalog().aspectTypes()).extracting(AspectType::name).containsExactlyInAnyOrder(
        "mlModelProperties", "editableMlModelProperties", "intendedUse", "mlModelFactorPrompts", "mlModelMetrics",
        "mlModelEvaluationData", "mlModelTrainingData", "mlModelQuantitativeAnalyses",
        "mlModelEthicalConsiderations", "mlModelCaveatsAndRecommendations", "sourceCode", "cost",
        "mlModelGroupProperties", "editableMlModelGroupProperties", "mlModelDeploymentProperties",
        "mlTrainingRunProperties");
  }

  @Test
  void isFoundThroughTheServiceLoader() {
    assertThat(ServiceLoader.load(AspectCatalog.class).stream().map(p -> p.type().getName())
        .collect(Collectors.toList())).contains(MLAspectCatalog.class.getName());
    assertThat(AspectRegistry.byName("mlModelDeploymentProperties")).isPresent();
    assertThat(AspectRegistry.byName("cost")).isPresent();
  }

  @Test
  void everyModelCardAspectBelongsToModels() {
    new MLAspectCatalog().aspectTypes().stream()
        .filter(t -> !t.name().contains("Group") && !t.name().contains("Deployment")
            && !t.name().equals("mlTrainingRunProperties"))
        .forEach(t -> assertThat(t.entityTypes()).as(t.name()).containsExactly("mlModel"));
  }
}
