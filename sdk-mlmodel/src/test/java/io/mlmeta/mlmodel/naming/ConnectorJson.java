package io.mlmeta.mlmodel.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.entity.Entity;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;

/** Compares aspects with the {@code aspect.json} of a connector's golden file, copied into the test. */
final class ConnectorJson {
  private ConnectorJson() {}

  /** Asserts that {@code entity}'s aspect {@code type} serializes to {@code goldenJson}, as JSON trees. */
  static void assertAspect(Entity<?> entity, AspectType<?> type, String goldenJson) {
    Aspect aspect = entity.aspect(type).orElseThrow(() -> new AssertionError(entity + " has no " + type.name()));
    assertThat(Golden.parse(AspectCodec.toJson(aspect))).as("%s of %s", type.name(), entity.urn())
        .isEqualTo(Golden.parse(goldenJson));
  }
}
