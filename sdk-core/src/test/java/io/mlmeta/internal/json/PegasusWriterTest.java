package io.mlmeta.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.PrimitivePropertyValue;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.StructuredProperties;
import io.mlmeta.aspect.StructuredPropertyValueAssignment;
import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.internal.Checks;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.Urn;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming writer against databind (the reference) for text that needs every kind of escape. */
class PegasusWriterTest {
  private static final String[] TRICKY = {"plain", "quote \" backslash \\", "tab\t newline\n nul\u0000 del\u007f",
      "modèle 客户流失 🚀", "", "</script>"};
  private static final double[] DOUBLES = {3.0, 0.1, -0.0, 1e-7, 1.0E21, 123456789.125, Double.MIN_VALUE,
      Double.MAX_VALUE};

  static Stream<Aspect> aspects() {
    Stream.Builder<Aspect> all = Stream.builder();
    for (String text : TRICKY) {
      // Built as when read: the SDK refuses control characters in names it makes, but writes back names that
      // another client wrote with them.
      all.add(Checks.whileReading(() -> ContainerProperties.builder().name("n" + text).description(text)
          .qualifiedName(text).putCustomProperty(text, text).putCustomProperty("k", "v").env(FabricType.PROD)
          .created(TimeStamp.of(0L)).build()));
      all.add(Ownership.builder()
          .addOwner(Owner.of(CorpUserUrn.parse("urn:li:corpuser:u" + text), OwnershipType.DATA_STEWARD))
          .lastModified(AuditStamp.builder().time(253402300799999L).actor(CorpUserUrn.of("x")).message(text).build())
          .build());
    }
    for (double d : DOUBLES) {
      all.add(StructuredProperties.of(StructuredPropertyValueAssignment.of(
          Urn.parse("urn:li:structuredProperty:p"), PrimitivePropertyValue.ofDouble(d))));
    }
    for (String text : TRICKY) {
      all.add(StructuredProperties.of(StructuredPropertyValueAssignment.of(
          Urn.parse("urn:li:structuredProperty:p"), PrimitivePropertyValue.ofString(text))));
    }
    return all.build();
  }

  @ParameterizedTest
  @MethodSource("aspects")
  void bytesEqualDatabinds(Aspect aspect) throws Exception {
    byte[] streamed = PegasusWriter.write(aspect);

    assertThat(streamed).as("written without databind").isNotNull();
    assertThat(new String(streamed, StandardCharsets.UTF_8))
        .isEqualTo(WireJson.ASCII.writeValueAsString(aspect))
        .matches("[\\x20-\\x7f]*");
  }

  @ParameterizedTest
  @MethodSource("aspects")
  void aRawAspectIsLeftToItsOwnPath(Aspect aspect) throws Exception {
    RawAspect raw = RawAspect.of("x", WireJson.MAPPER.writeValueAsString(aspect));

    assertThat(PegasusWriter.write(raw)).isNull();
  }
}
