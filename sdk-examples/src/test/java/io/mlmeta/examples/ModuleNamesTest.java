package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SDK's jars, as the build packaged them, are automatic modules with stable names for applications on the
 * module path: {@code requires io.mlmeta.core; requires io.mlmeta.mlmodel;}.
 */
class ModuleNamesTest {
  @Test
  void theJarsAreTheModulesIoMlmetaCoreAndIoMlmetaMlmodel() throws URISyntaxException {
    Path core = jarOf(DataHubClient.class);
    Path mlmodel = jarOf(MLModel.class);
    assumeTrue(core.toString().endsWith(".jar") && mlmodel.toString().endsWith(".jar"),
        "the SDK is on the class path as directories (an IDE run), not as the packaged jars");

    Set<String> names = ModuleFinder.of(core, mlmodel).findAll().stream()
        .map(ModuleReference::descriptor).map(d -> d.name() + (d.isAutomatic() ? " (automatic)" : ""))
        .collect(Collectors.toSet());

    assertThat(names).containsExactlyInAnyOrder("io.mlmeta.core (automatic)", "io.mlmeta.mlmodel (automatic)");
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
