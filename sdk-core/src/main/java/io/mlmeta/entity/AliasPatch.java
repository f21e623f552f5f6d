package io.mlmeta.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The PATCH that writes a {@code versionProperties} change touching only the aliases: {@code add /aliases} with the
 * whole new list, applied by GMS as a generic JSON Patch to the stored aspect, so that the server-owned
 * {@code isLatest} stays as it is (a whole-aspect write, which may not carry it, would clear it).
 */
final class AliasPatch {
  private AliasPatch() {}

  /** The PATCH from {@code base} to {@code value}, if both are version properties that differ only in aliases. */
  static Optional<MetadataChangeProposal> of(Urn urn, Aspect base, Aspect value) {
    if (!(base instanceof VersionProperties) || !(value instanceof VersionProperties) || base.equals(value)) {
      return Optional.empty();
    }
    VersionProperties from = (VersionProperties) base;
    VersionProperties to = (VersionProperties) value;
    if (!from.toBuilder().aliases(to.aliases()).build().equals(to)) {
      return Optional.empty();
    }
    Patch patch = Patch.builder().forceGenericPatch().add("/aliases", aliasesJson(to)).build();
    return Optional.of(MetadataChangeProposal.builder().entityUrn(urn).changeType(ChangeType.PATCH)
        .aspectName(VersionProperties.TYPE.name()).patch(patch).build());
  }

  private static JsonNode aliasesJson(VersionProperties value) {
    try {
      return WireJson.MAPPER.readTree(AspectCodec.toJson(value)).get("aliases");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
