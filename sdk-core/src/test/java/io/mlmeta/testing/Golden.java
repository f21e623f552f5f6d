package io.mlmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Compares what the SDK writes with golden JSON files written by hand from the spec (never captured from the SDK's
 * own output). Comparison is on parsed JSON, so key order and white space do not matter, but every key, value and
 * type does.
 */
public final class Golden {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private Golden() {}

  /** The text of a test resource. */
  public static String resource(String path) {
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource parsed as JSON. */
  public static JsonNode json(String path) {
    return parse(resource(path));
  }

  /** Parses JSON text. */
  public static JsonNode parse(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code mcps}, written in DataHub's file format ({@code aspect: {"json": ...}}), equal the golden
   * JSON array at {@code goldenPath} item by item, in order.
   */
  public static void assertMcps(List<MetadataChangeProposal> mcps, String goldenPath) {
    JsonNode expected = json(goldenPath);
    JsonNode actual = parse(fileFormat(mcps));
    assertThat(actual.size()).as("number of proposals against %s: %s", goldenPath, actual).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).as("proposal %s of %s", i, goldenPath).isEqualTo(expected.get(i));
    }
  }

  /** {@code mcps} as a file-format JSON array. */
  public static String fileFormat(List<MetadataChangeProposal> mcps) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = WireJson.FACTORY.createGenerator(out)) {
      g.writeStartArray();
      for (MetadataChangeProposal mcp : mcps) {
        FileFormat.writeItem(g, mcp);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Asserts that {@code aspect} serializes to exactly the golden JSON, that the serialized text is pure ASCII, and
   * that reading the golden file back gives an equal aspect.
   */
  public static void assertAspect(Aspect aspect, String goldenPath) {
    String written = AspectCodec.toJson(aspect);
    assertThat(written.chars()).as("aspect JSON is ASCII only").allMatch(c -> c < 0x80);
    assertThat(parse(written)).as("%s against %s", aspect.aspectName(), goldenPath).isEqualTo(json(goldenPath));
    Aspect read = AspectCodec.fromJson(aspect.aspectType(), resource(goldenPath));
    assertThat(read).as("golden %s read back", goldenPath).isEqualTo(aspect);
  }
}
