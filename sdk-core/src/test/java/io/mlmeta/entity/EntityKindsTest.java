package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.Urn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EntityKindsTest {
  private static final Urn MODEL = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,m,PROD)");
  private static final Urn CONTAINER = Urn.parse("urn:li:container:abc");
  private static final Urn DATASET = Urn.parse("urn:li:dataset:(urn:li:dataPlatform:s3,x,PROD)");

  /** An entity that remembers which provider built it. */
  static final class Found extends Entity<Found> {
    final String by;

    Found(EntityAspects read, String by) {
      super(read);
      this.by = by;
    }

    @Override
    protected List<AspectType<?>> aspectOrder() {
      return List.of();
    }
  }

  /** A provider named {@code name} of {@code types} that takes the reads {@code takes} accepts. */
  private static EntityKind kind(String name, Set<String> types, Predicate<EntityAspects> takes) {
    return new EntityKind() {
      @Override
      public Set<String> entityTypes() {
        return types;
      }

      @Override
      public Optional<Entity<?>> fromAspects(EntityAspects read) {
        return takes.test(read) ? Optional.of(new Found(read, name)) : Optional.empty();
      }
    };
  }

  private static Predicate<EntityAspects> subType(String subType) {
    return read -> read.aspect(SubTypes.TYPE).filter(s -> s.typeNames().contains(subType)).isPresent();
  }

  private static EntityAspects read(Urn urn, Aspect... aspects) {
    Map<String, VersionedAspect<Aspect>> byName = new LinkedHashMap<>();
    for (Aspect aspect : aspects) {
      byName.put(aspect.aspectName(), VersionedAspect.of(aspect, SystemMetadata.builder().version("1").build()));
    }
    return EntityAspects.of(urn, byName);
  }

  private static Optional<String> builtBy(EntityKinds kinds, EntityAspects read) {
    return kinds.fromRead(read).map(e -> ((Found) e).by);
  }

  @Test
  void oneProviderReadsEachOfItsEntityTypes() {
    EntityKinds kinds = new EntityKinds(List.of(kind("ml", Set.of("mlModel", "container"), read -> true)));

    assertThat(builtBy(kinds, read(MODEL))).contains("ml");
    assertThat(builtBy(kinds, read(CONTAINER))).contains("ml");
    assertThat(kinds.fromRead(read(MODEL)).orElseThrow().urn()).isEqualTo(MODEL);
  }

  @Test
  void aReadOneProviderDeclinesGoesToTheNextProviderOfItsType() {
    EntityKinds kinds = new EntityKinds(List.of(kind("experiments", Set.of("container"), subType("ML Experiment")),
        kind("databases", Set.of("container"), subType("Database"))));

    assertThat(builtBy(kinds, read(CONTAINER, SubTypes.of("ML Experiment")))).contains("experiments");
    assertThat(builtBy(kinds, read(CONTAINER, SubTypes.of("Database")))).contains("databases");
    assertThat(kinds.fromRead(read(CONTAINER))).isEmpty();
  }

  @Test
  void theFirstProviderTakingAReadBuildsIt() {
    EntityKinds kinds = new EntityKinds(List.of(kind("first", Set.of("mlModel"), read -> true),
        kind("second", Set.of("mlModel"), read -> true)));

    assertThat(builtBy(kinds, read(MODEL))).contains("first");
  }

  @Test
  void aProviderIsNotOfferedAnEntityTypeItDoesNotList() {
    EntityKinds kinds = new EntityKinds(List.of(kind("greedy", Set.of("mlModel"), read -> true)));

    assertThat(kinds.fromRead(read(DATASET))).isEmpty();
  }

  @Test
  void theSupportedTypesAreEveryProvidersTypesOnceInAlphabeticalOrder() {
    EntityKinds kinds = new EntityKinds(List.of(kind("ml", Set.of("mlModel", "container"), read -> true),
        kind("databases", Set.of("container", "dataset"), read -> true)));

    assertThat(kinds.supportedTypes()).containsExactly("container", "dataset", "mlModel");
    assertThat(new EntityKinds(List.of()).supportedTypes()).isEmpty();
  }
}
