package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code dataProcessInstanceProperties} aspect: the name, kind and creation of one run of a process, such as
 * a training run. {@code customProperties} is always written, {@code {}} when empty.
 *
 * <pre>{@code
 * DataProcessInstanceProperties run = DataProcessInstanceProperties.of("Simple training run",
 *     AuditStamp.of(Instant.now(), CorpUserUrn.of("datahub")));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDataProcessInstanceProperties.class)
@JsonDeserialize(as = ImmutableDataProcessInstanceProperties.class)
public interface DataProcessInstanceProperties extends Aspect, WithUnknownFields {
  /** The {@code dataProcessInstanceProperties} aspect type. */
  AspectType<DataProcessInstanceProperties> TYPE = AspectType.of("dataProcessInstanceProperties",
      "com.linkedin.dataprocess.DataProcessInstanceProperties", DataProcessInstanceProperties.class,
      Set.of(EntityTypes.DATA_PROCESS_INSTANCE));

  /** Free-form key-value properties. */
  @JsonProperty("customProperties")
  Map<String, String> customProperties();

  /** A link to the run in its source system. */
  @JsonProperty("externalUrl")
  Optional<String> externalUrl();

  /** The display name; one line: no control characters (line breaks, tabs ...). */
  @JsonProperty("name")
  String name();

  /** The kind of run. */
  @JsonProperty("type")
  Optional<DataProcessType> type();

  /** When and by whom the run was created. */
  @JsonProperty("created")
  AuditStamp created();

  /** The properties of a run called {@code name}, created as {@code created} says, with nothing else set. */
  static DataProcessInstanceProperties of(String name, AuditStamp created) {
    return builder().name(name).created(created).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkNotEmpty("DataProcessInstanceProperties.name", name());
    Checks.checkNoControlCharacters("DataProcessInstanceProperties.name", name());
  }

  @Override
  default AspectType<DataProcessInstanceProperties> aspectType() {
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

  /** Builds a {@link DataProcessInstanceProperties}; {@code name} and {@code created} are required. */
  final class Builder extends ImmutableDataProcessInstanceProperties.Builder {}
}
