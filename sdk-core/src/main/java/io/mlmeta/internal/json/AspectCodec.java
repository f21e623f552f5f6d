package io.mlmeta.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.HandMade;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Aspects to and from Pegasus JSON text. */
public final class AspectCodec {
  private static final Logger LOG = LoggerFactory.getLogger(AspectCodec.class);

  private AspectCodec() {}

  /** The aspect's Pegasus JSON, every non-ASCII character escaped as {@code \\uXXXX}. */
  public static String toJson(Aspect aspect) {
    return new String(toJsonBytes(aspect), StandardCharsets.US_ASCII);
  }

  /** As {@link #toJson}, as ASCII bytes (no intermediate string). */
  public static byte[] toJsonBytes(Aspect aspect) {
    byte[] fast = aspect instanceof RawAspect || !HandMade.PEGASUS_WRITER ? null : PegasusWriter.write(aspect);
    return fast != null ? fast : withoutPegasusWriter(aspect);
  }

  /** As {@link #toJsonBytes}, for an aspect {@link PegasusWriter} has already declined: raw text or databind. */
  static byte[] withoutPegasusWriter(Aspect aspect) {
    if (aspect instanceof RawAspect) {
      return asciiOnly(((RawAspect) aspect).json()).getBytes(StandardCharsets.US_ASCII);
    }
    try {
      return WireJson.ASCII.writeValueAsBytes(aspect);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize aspect " + aspect.aspectName() + ": " + e.getMessage(), e);
    }
  }

  /** Any JSON-serializable value (a patch value, a record) as ASCII-only JSON text. */
  public static String valueToJson(Object value) {
    try {
      return WireJson.ASCII.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + value.getClass().getName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads aspect {@code type} from its JSON text.
   *
   * @throws IllegalArgumentException if the JSON does not fit the aspect's schema
   */
  public static <A extends Aspect> A fromJson(AspectType<A> type, String json) {
    try {
      return Checks.whileReading(() -> WireJson.MAPPER.readValue(json, type.javaType()));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read aspect " + type.name() + ": " + rootMessage(e), e);
    }
  }

  /** Reads aspect {@code type} from a parsed JSON tree. */
  public static <A extends Aspect> A fromTree(AspectType<A> type, JsonNode json) {
    try {
      return Checks.whileReading(() -> WireJson.MAPPER.treeToValue(json, type.javaType()));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read aspect " + type.name() + ": " + rootMessage(e), e);
    }
  }

  /**
   * Reads the aspect called {@code aspectName}: typed when a module declares that aspect and the JSON fits it,
   * otherwise kept as a {@link RawAspect} so that it survives a read-modify-write unchanged.
   */
  public static Aspect read(String aspectName, JsonNode json) {
    Optional<AspectType<?>> type = AspectRegistry.byName(aspectName);
    if (type.isPresent()) {
      try {
        return fromTree(type.get(), json);
      } catch (IllegalArgumentException e) {
        LOG.debug("keeping aspect {} raw: {}", aspectName, e.getMessage());
      }
    }
    return RawAspect.of(aspectName, json.toString());
  }

  private static String asciiOnly(String json) {
    for (int i = 0; i < json.length(); i++) {
      if (json.charAt(i) > 0x7e) {
        try {
          return WireJson.ASCII.writeValueAsString(WireJson.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("raw aspect JSON is malformed: " + e.getOriginalMessage(), e);
        }
      }
    }
    return json;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof JsonProcessingException) {
      return ((JsonProcessingException) t).getOriginalMessage();
    }
    return t.getMessage();
  }
}
