package io.mlmeta.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.mlmeta.internal.JacksonCompat;

/**
 * The SDK's one Jackson configuration for Pegasus JSON: absent optionals are omitted (never {@code null}), unknown
 * fields and enum symbols are kept on read ({@link UnknownFieldsReading}), and {@link #ASCII} escapes every non-ASCII
 * character as {@code \\uXXXX}, as the {@code aspect.value} string of a proposal requires.
 */
public final class WireJson {
  /** The shared mapper; thread-safe once configured. */
  public static final ObjectMapper MAPPER = JacksonCompat.keepTrailingZeros(JsonMapper.builder())
      .addModule(new Jdk8Module())
      .addModule(new SimpleModule("mlmeta-unknown-fields").setDeserializerModifier(new UnknownFieldsReading())
          .setSerializerModifier(new UnrecognizedSymbolGuard()))
      // numbers in trees as written (0.10 stays 0.10), so that fields kept unread are written back unchanged
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .serializationInclusion(JsonInclude.Include.NON_ABSENT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  /** A writer whose output is pure ASCII. */
  public static final ObjectWriter ASCII = MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

  /** The mapper's factory, for streaming envelopes. */
  public static final JsonFactory FACTORY = MAPPER.getFactory();

  private WireJson() {}
}
