package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The {@code browsePathsV2} aspect: where an entity sits in DataHub's browse tree, as steps from the top (folder
 * names or container URNs). An empty path places it at the top of its platform.
 *
 * <pre>{@code
 * BrowsePathsV2 path = BrowsePathsV2.of(BrowsePathEntry.of("forecasting"), BrowsePathEntry.of(experimentUrn));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableBrowsePathsV2.class)
@JsonDeserialize(as = ImmutableBrowsePathsV2.class)
public interface BrowsePathsV2 extends Aspect, WithUnknownFields {
  /** The {@code browsePathsV2} aspect type. */
  AspectType<BrowsePathsV2> TYPE = AspectType.of("browsePathsV2", "com.linkedin.common.BrowsePathsV2",
      BrowsePathsV2.class, AspectEntityTypes.GOVERNED_EXCEPT_DEPLOYMENT);

  /** The steps, from the top. */
  @JsonProperty("path")
  List<BrowsePathEntry> path();

  /** The aspect holding {@code path}. */
  static BrowsePathsV2 of(BrowsePathEntry... path) {
    return builder().addPath(Objects.requireNonNull(path, "path")).build();
  }

  @Override
  default AspectType<BrowsePathsV2> aspectType() {
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

  /** Builds a {@link BrowsePathsV2}. */
  final class Builder extends ImmutableBrowsePathsV2.Builder {}
}
