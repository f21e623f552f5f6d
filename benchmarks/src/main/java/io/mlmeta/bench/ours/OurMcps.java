package io.mlmeta.bench.ours;

import io.mlmeta.bench.Payload;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.urn.MLModelUrn;

/** Builds benchmark proposal number {@code i} with our SDK's typed aspect and URN (see {@link Payload}). */
public final class OurMcps {
  private OurMcps() {}

  /** The upsert of the {@code mlModelProperties} aspect of model {@code i}. */
  public static MetadataChangeProposal mcp(int i) {
    MLModelProperties.Builder b = MLModelProperties.builder()
        .description(Payload.description(i))
        .type(Payload.TYPE);
    for (int k = 0; k < Payload.PROPERTY_KEYS.length; k++) {
      b.putCustomProperty(Payload.PROPERTY_KEYS[k], Payload.propertyValue(k, i));
    }
    for (int k = 0; k < Payload.HYPER_NAMES.length; k++) {
      b.addHyperParam(MLHyperParam.of(Payload.HYPER_NAMES[k], Payload.HYPER_VALUES[k]));
    }
    for (int k = 0; k < Payload.METRIC_NAMES.length; k++) {
      b.addTrainingMetric(MLMetric.of(Payload.METRIC_NAMES[k], Payload.METRIC_VALUES[k]));
    }
    return MetadataChangeProposal.upsert(MLModelUrn.of(Payload.PLATFORM, Payload.modelName(i)), b.build());
  }
}
