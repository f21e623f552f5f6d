package io.mlmeta.mlmodel.internal.kind;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mlmeta.entity.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MLEntityKindsTest {
  private static final String SERVICE_FILE = "META-INF/services/" + EntityKind.class.getName();

  @Test
  void theServiceFilesOnTheClassPathListExactlyTheOneProvider() throws IOException {
    List<String> providers = new ArrayList<>();
    for (URL file : Collections.list(getClass().getClassLoader().getResources(SERVICE_FILE))) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(),
          StandardCharsets.UTF_8))) {
        in.lines().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).forEach(providers::add);
      }
    }

    assertThat(providers).containsExactly(MLEntityKinds.class.getName());
    assertThat(ServiceLoader.load(EntityKind.class).stream().map(ServiceLoader.Provider::type)
        .collect(Collectors.toList())).containsExactly(MLEntityKinds.class);
  }

  @Test
  void theProviderReadsTheFiveMlEntityTypes() {
    assertThat(new MLEntityKinds().entityTypes())
        .containsExactlyInAnyOrder("mlModel", "mlModelGroup", "mlModelDeployment", "dataProcessInstance", "container");
  }

  @Test
  void noPublicClassNamedKindRemainsAndTheProviderIsTheOnlyEntityKind() {
    List<JavaClass> classes = new ArrayList<>(new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.mlmeta.mlmodel"));

    // HyperParameterValue.Kind, an enum of the kinds of a value, is not an entity kind
    assertThat(classes).filteredOn(c -> c.getSimpleName().equals("Kind") && !c.isEnum()
        && c.getModifiers().contains(JavaModifier.PUBLIC)).isEmpty();
    assertThat(classes).filteredOn(c -> c.isAssignableTo(EntityKind.class) && !c.isInterface())
        .extracting(JavaClass::getName).containsExactly(MLEntityKinds.class.getName());
  }
}
