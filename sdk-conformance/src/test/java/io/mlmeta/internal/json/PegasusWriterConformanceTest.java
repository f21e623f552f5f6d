package io.mlmeta.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.conformance.GoldenFixtures;
import io.mlmeta.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming {@link PegasusWriter} writes every aspect of every golden fixture exactly as Jackson databind does
 * (the bytes, not just the JSON tree), and it writes nearly all of them itself.
 */
class PegasusWriterConformanceTest {
  static Stream<String> fixtures() {
    return GoldenFixtures.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void bytesEqualDatabinds(String fixture) throws Exception {
    Aspect aspect = read(fixture);

    byte[] databind = WireJson.ASCII.writeValueAsBytes(aspect);
    byte[] streamed = PegasusWriter.write(aspect);

    if (streamed != null) {
      assertThat(new String(streamed, StandardCharsets.US_ASCII))
          .isEqualTo(new String(databind, StandardCharsets.US_ASCII));
    }
    assertThat(AspectCodec.toJsonBytes(aspect)).isEqualTo(databind);
  }

  @Test
  void onlyAspectsHoldingACustomSerializedUnionFallBackToDatabind() {
    TreeSet<String> fallBack = new TreeSet<>();
    for (String fixture : GoldenFixtures.all()) {
      if (PegasusWriter.write(read(fixture)) == null) {
        fallBack.add(fixture.substring(GoldenFixtures.DIR.length()));
      }
    }
    // hyperParameters values are HyperParameterValue unions, written by a custom databind serializer
    assertThat(fallBack).allMatch(f -> Golden.resource(GoldenFixtures.DIR + f).contains("\"hyperParameters\""));
    assertThat(GoldenFixtures.all().size() - fallBack.size()).isGreaterThan(60);
  }

  private static Aspect read(String fixture) {
    String aspectName = GoldenFixtures.aspectName(fixture);
    AspectType<?> type = aspectTypes().stream().filter(t -> t.name().equals(aspectName)).findFirst()
        .orElseThrow(() -> new AssertionError("fixture " + fixture + " names no registered aspect"));
    return AspectCodec.fromJson(type, Golden.resource(fixture));
  }

  private static List<AspectType<?>> aspectTypes() {
    return ServiceLoader.load(AspectCatalog.class).stream()
        .flatMap(p -> p.get().aspectTypes().stream())
        .collect(Collectors.toList());
  }
}
