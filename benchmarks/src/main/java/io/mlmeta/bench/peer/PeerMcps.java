package io.mlmeta.bench.peer;

import com.linkedin.data.template.StringArray;
import com.linkedin.data.template.StringMap;
import com.linkedin.ml.metadata.MLHyperParam;
import com.linkedin.ml.metadata.MLHyperParamArray;
import com.linkedin.ml.metadata.MLMetric;
import com.linkedin.ml.metadata.MLMetricArray;
import com.linkedin.ml.metadata.MLModelProperties;
import datahub.event.MetadataChangeProposalWrapper;
import io.mlmeta.bench.Payload;

/** Builds benchmark proposal number {@code i} with the peer's Pegasus templates and wrapper (see {@link Payload}). */
public final class PeerMcps {
  private PeerMcps() {}

  /** The upsert of the {@code mlModelProperties} aspect of model {@code i}, as the peer's documentation builds it. */
  @SuppressWarnings("rawtypes")
  public static MetadataChangeProposalWrapper mcpw(int i) {
    StringMap custom = new StringMap();
    for (int k = 0; k < Payload.PROPERTY_KEYS.length; k++) {
      custom.put(Payload.PROPERTY_KEYS[k], Payload.propertyValue(k, i));
    }
    MLHyperParamArray hyper = new MLHyperParamArray();
    for (int k = 0; k < Payload.HYPER_NAMES.length; k++) {
      hyper.add(new MLHyperParam().setName(Payload.HYPER_NAMES[k]).setValue(Payload.HYPER_VALUES[k]));
    }
    MLMetricArray metrics = new MLMetricArray();
    for (int k = 0; k < Payload.METRIC_NAMES.length; k++) {
      metrics.add(new MLMetric().setName(Payload.METRIC_NAMES[k]).setValue(Payload.METRIC_VALUES[k]));
    }
    MLModelProperties properties = new MLModelProperties()
        .setCustomProperties(custom)
        .setDescription(Payload.description(i))
        .setType(Payload.TYPE)
        .setHyperParams(hyper)
        .setTrainingMetrics(metrics)
        .setTags(new StringArray());
    return MetadataChangeProposalWrapper.builder()
        .entityType("mlModel")
        .entityUrn(Payload.urn(i))
        .upsert()
        .aspect(properties)
        .build();
  }
}
