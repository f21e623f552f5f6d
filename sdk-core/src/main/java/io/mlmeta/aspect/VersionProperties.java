package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.VersionSetUrn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The {@code versionProperties} aspect: which version set an entity belongs to, its version label, its aliases
 * (such as {@code "champion"}) and the key that orders it among the set's versions. Servers released before 2025
 * do not know this aspect. DataHub's own {@code isLatest} flag is maintained by the server: it is read
 * ({@link #isLatest()}) but never sent, since GMS refuses a proposal that carries it.
 *
 * <pre>{@code
 * VersionProperties v2 = VersionProperties.builder()
 *     .versionSet(VersionSetUrn.of("churn", "mlModel"))
 *     .version(VersionTag.of("2"))
 *     .sortId("0000000002")
 *     .addAlias(VersionTag.of("champion"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@Value.Style.Depluralize(dictionary = "alias:aliases")
@JsonSerialize(as = ImmutableVersionProperties.class)
@JsonDeserialize(as = ImmutableVersionProperties.class)
public interface VersionProperties extends Aspect, WithUnknownFields {
  /** The {@code versionProperties} aspect type. */
  AspectType<VersionProperties> TYPE = AspectType.of("versionProperties", "com.linkedin.common.VersionProperties",
      VersionProperties.class, Set.of(EntityTypes.ML_MODEL, EntityTypes.DATASET))
      .withRelationship("versionSet", RelationshipTypes.VERSION_OF);

  /** The version set the entity is a version of. */
  @JsonProperty("versionSet")
  VersionSetUrn versionSet();

  /** The version label, e.g. {@code "2"}. */
  @JsonProperty("version")
  VersionTag version();

  /** Other names of this version, e.g. {@code "champion"}; always written, {@code []} when there are none. */
  @JsonProperty("aliases")
  List<VersionTag> aliases();

  /** A note about this version. */
  @JsonProperty("comment")
  Optional<String> comment();

  /** The key that orders this version among the set's versions, e.g. {@code "0000000002"}. */
  @JsonProperty("sortId")
  String sortId();

  /** How {@link #sortId()} orders versions; {@link VersioningScheme#LEXICOGRAPHIC_STRING} unless set. */
  @JsonProperty("versioningScheme")
  @Value.Default
  default VersioningScheme versioningScheme() {
    return VersioningScheme.LEXICOGRAPHIC_STRING;
  }

  /** When and by whom the version was created in the source system. */
  @JsonProperty("sourceCreatedTimestamp")
  Optional<AuditStamp> sourceCreatedTimestamp();

  /** When and by whom the version was first recorded in DataHub. */
  @JsonProperty("metadataCreatedTimestamp")
  Optional<AuditStamp> metadataCreatedTimestamp();

  /**
   * Whether this is the latest version of its set, as the server computed it when it was read; empty when built or
   * read from a server that does not compute it. Never sent: GMS refuses a proposal that carries it ("IsLatest
   * should not be specified"), so setting it on a builder has no effect on what is written.
   */
  @JsonProperty(value = "isLatest", access = JsonProperty.Access.WRITE_ONLY)
  Optional<Boolean> isLatest();

  /** Version {@code version} of {@code versionSet}, ordered by {@code sortId}, with no aliases. */
  static VersionProperties of(VersionSetUrn versionSet, String version, String sortId) {
    return builder().versionSet(versionSet).version(VersionTag.of(Objects.requireNonNull(version, "version")))
        .sortId(sortId).build();
  }

  /** Whether {@code alias} is among the aliases. */
  default boolean hasAlias(String alias) {
    return aliases().stream().anyMatch(a -> a.versionTag().filter(alias::equals).isPresent());
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    if (version().versionTag().filter(label -> !label.isEmpty()).isEmpty()) {
      throw new IllegalArgumentException("VersionProperties.version must carry a label but was " + version());
    }
    Checks.checkNotEmpty("VersionProperties.sortId", sortId());
    Checks.checkDistinct("VersionProperties.aliases",
        aliases().stream().map(a -> a.versionTag().orElse("")).collect(Collectors.toList()));
  }

  @Override
  default AspectType<VersionProperties> aspectType() {
    return TYPE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this aspect's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link VersionProperties}; {@code versionSet}, {@code version} and {@code sortId} are required. */
  final class Builder extends ImmutableVersionProperties.Builder {}
}
