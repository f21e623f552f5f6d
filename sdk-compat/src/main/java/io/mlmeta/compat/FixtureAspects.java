package io.mlmeta.compat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every aspect kind the SDK knows, in every form of its golden fixtures ({@code <aspectName>-<form>.json}): each is
 * written as raw JSON, read back as its typed value (Jackson reads it), and the typed value is written again (Jackson
 * writes it), to a file and over REST. Each fixture goes to an entity of its own, named after the fixture.
 */
final class FixtureAspects {
  /** The entity types fixtures are attached to, in order of preference. */
  private static final List<String> ENTITY_TYPES =
      List.of("mlModel", "mlModelGroup", "mlModelDeployment", "container", "dataProcessInstance");

  private final List<Fixture> fixtures;

  private FixtureAspects(List<Fixture> fixtures) {
    this.fixtures = fixtures;
  }

  static FixtureAspects load(Path dir) throws IOException {
    Map<String, AspectType<?>> types = new HashMap<>();
    for (AspectCatalog catalog : ServiceLoader.load(AspectCatalog.class)) {
      catalog.aspectTypes().forEach(t -> types.put(t.name(), t));
    }
    List<Fixture> fixtures = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        AspectType<?> type = types.get(name.substring(0, name.indexOf('-')));
        if (type == null) {
          throw new IllegalStateException("no aspect type for fixture " + file);
        }
        fixtures.add(new Fixture(name, type, urn(type, name),
            new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
      }
    }
    if (fixtures.isEmpty()) {
      throw new IllegalStateException("no fixtures in " + dir);
    }
    return new FixtureAspects(fixtures);
  }

  int size() {
    return fixtures.size();
  }

  /** Writes each fixture as raw JSON and reads it back typed. */
  void writeRaw(DataHubClient client, PrintStream out) {
    for (Fixture f : fixtures) {
      client.emitter().emit(MetadataChangeProposal.upsert(f.urn, RawAspect.of(f.type.name(), f.json))).orThrow();
    }
    List<String> untyped = new ArrayList<>();
    for (Fixture f : fixtures) {
      Aspect typed = typed(client, f);
      if (!f.type.javaType().isInstance(typed)) {
        untyped.add(f.name);
      }
    }
    out.println("local: " + fixtures.size() + " fixture aspects of " + fixtures.stream().map(f -> f.type.name())
        .distinct().count() + " kinds written, not read back typed: " + untyped);
  }

  /** The typed fixtures, read back from {@code client}, as UPSERT proposals. */
  List<MetadataChangeProposal> typedProposals(DataHubClient client) {
    return fixtures.stream().map(f -> MetadataChangeProposal.upsert(f.urn, typed(client, f)))
        .collect(Collectors.toList());
  }

  /** Sends the typed fixtures from {@code from} to {@code to} in one batch and reads the versioned ones back. */
  void sendTyped(DataHubClient from, DataHubClient to, PrintStream out) {
    List<EmitResult> results = to.emitter().emitAll(typedProposals(from));
    results.forEach(EmitResult::orThrow);
    List<String> differ = new ArrayList<>();
    int compared = 0;
    for (Fixture f : fixtures) {
      if (f.type.isTimeseries()) {
        continue;
      }
      compared++;
      Optional<? extends Aspect> back = to.reader().getAspect(f.urn, f.type);
      if (!back.equals(Optional.of(typed(from, f)))) {
        differ.add(f.name);
      }
    }
    out.println("rest: sent " + results.size() + " fixture aspects, read back " + compared + ", differing: "
        + differ);
  }

  private static Aspect typed(DataHubClient client, Fixture f) {
    if (f.type.isTimeseries()) {
      List<? extends Aspect> events = client.localStore().orElseThrow().timeseries(f.urn, f.type);
      return events.get(events.size() - 1);
    }
    return client.reader().getAspect(f.urn, f.type)
        .orElseThrow(() -> new IllegalStateException(f.name + " was not read back"));
  }

  private static Urn urn(AspectType<?> type, String name) {
    String entityType = ENTITY_TYPES.stream().filter(type::appliesTo).findFirst()
        .orElseThrow(() -> new IllegalStateException("no entity type for " + type));
    switch (entityType) {
      case "mlModel":
        return MLModelUrn.of("compat", name);
      case "mlModelGroup":
        return MLModelGroupUrn.of("compat", name);
      case "mlModelDeployment":
        return MLModelDeploymentUrn.of("compat", name);
      case "container":
        return ContainerUrn.of("compat-" + name);
      default:
        return DataProcessInstanceUrn.of("compat-" + name);
    }
  }

  private static final class Fixture {
    final String name;
    final AspectType<?> type;
    final Urn urn;
    final String json;

    Fixture(String name, AspectType<?> type, Urn urn, String json) {
      this.name = name;
      this.type = type;
      this.urn = urn;
      this.json = json;
    }
  }
}
