package io.mlmeta.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.error.DataHubException;
import io.mlmeta.internal.json.AspectCodec;
import java.util.Optional;

/** Stored aspect JSON back to aspects: typed where the store knows the type, raw where it does not. */
final class AspectDecoder {
  private final AspectKinds kinds;

  AspectDecoder(AspectKinds kinds) {
    this.kinds = kinds;
  }

  /** The aspect {@code aspectName}: typed when its type is known and the JSON fits it, otherwise raw. */
  Aspect any(String aspectName, JsonNode json) {
    Optional<AspectType<?>> type = kinds.type(aspectName);
    if (type.isPresent()) {
      try {
        return AspectCodec.fromTree(type.get(), json);
      } catch (IllegalArgumentException e) {
        // kept raw, as AspectCodec.read does
      }
    }
    return raw(aspectName, json);
  }

  /**
   * The aspect as {@code type}.
   *
   * @throws DataHubException if the stored JSON does not fit the type
   */
  <A extends Aspect> A as(AspectType<A> type, JsonNode json) {
    if (type.javaType() == RawAspect.class) {
      return type.javaType().cast(raw(type.name(), json));
    }
    try {
      return AspectCodec.fromTree(type, json);
    } catch (IllegalArgumentException e) {
      throw new DataHubException("the stored aspect " + type.name() + " does not fit " + type.javaType().getName()
          + ": " + e.getMessage(), e);
    }
  }

  static RawAspect raw(String aspectName, JsonNode json) {
    return RawAspect.of(aspectName, json.toString());
  }
}
