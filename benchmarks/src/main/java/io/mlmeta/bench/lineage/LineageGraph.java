package io.mlmeta.bench.lineage;

import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.DataProcessInstanceInput;
import io.mlmeta.aspect.Edge;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.aspect.MLModelDeploymentProperties;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's ML graph, {@code n} entities of each of four types: dataset {@code i}, training run {@code i}
 * that read dataset {@code i} and the shared dataset 0 (a feature table every run reads), model {@code i} trained
 * by run {@code i} and deployed to deployment {@code i}. A 3-hop downstream walk from dataset 0 visits every run,
 * model and deployment: {@code 3n} nodes, {@code 4n + 1} relationship requests.
 */
final class LineageGraph {
  private LineageGraph() {}

  /** Dataset 0, which every run read. */
  static DatasetUrn shared() {
    return dataset(0);
  }

  static DatasetUrn dataset(int i) {
    return DatasetUrn.of("s3", String.format("features/part-%05d", i));
  }

  static DataProcessInstanceUrn run(int i) {
    return DataProcessInstanceUrn.of(String.format("train-%05d", i));
  }

  static MLModelUrn model(int i) {
    return MLModelUrn.of("mlflow", String.format("model-%05d", i));
  }

  static MLModelDeploymentUrn deployment(int i) {
    return MLModelDeploymentUrn.of("sagemaker", String.format("endpoint-%05d", i));
  }

  /** The proposals that write the graph, {@code 4n} of them. */
  static List<MetadataChangeProposal> proposals(int n) {
    DataPlatformInstance s3 = DataPlatformInstance.of(DataPlatformUrn.of("s3"));
    List<MetadataChangeProposal> mcps = new ArrayList<>(4 * n);
    for (int i = 0; i < n; i++) {
      mcps.add(MetadataChangeProposal.upsert(dataset(i), s3));
      List<Edge> inputs = i == 0 ? List.of(Edge.to(shared())) : List.of(Edge.to(shared()), Edge.to(dataset(i)));
      mcps.add(MetadataChangeProposal.upsert(run(i), DataProcessInstanceInput.builder().inputEdges(inputs).build()));
      mcps.add(MetadataChangeProposal.upsert(model(i), MLModelProperties.builder().addTrainingJob(run(i))
          .addDeployment(deployment(i)).build()));
      mcps.add(MetadataChangeProposal.upsert(deployment(i), MLModelDeploymentProperties.builder()
          .status(DeploymentStatus.IN_SERVICE).build()));
    }
    return mcps;
  }
}
