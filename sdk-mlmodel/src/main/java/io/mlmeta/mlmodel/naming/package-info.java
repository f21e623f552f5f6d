/**
 * The names DataHub's own ML connectors give the objects they ingest, so that metadata written with this SDK about
 * an MLflow run, a Vertex AI model version or a SageMaker endpoint is about the same entity the connector writes:
 * {@link io.mlmeta.mlmodel.naming.MlflowNames}, {@link io.mlmeta.mlmodel.naming.VertexAiNames},
 * {@link io.mlmeta.mlmodel.naming.SageMakerNames}, {@link io.mlmeta.mlmodel.naming.DatabricksNames} (Unity
 * Catalog). Each gives URNs and, where the connector keys an entity by more than its URN (experiment keys, run ids,
 * version sets), builders that carry the whole key.
 *
 * <p>Without these classes the entity builders keep the defaults of DataHub's Python SDK, which no ML connector
 * contradicts for the entities they cover except as noted:
 * <ul>
 *   <li>{@code Experiment.builder().platform(p).id(i)} hashes the platform <em>name</em> into the container key, as
 *   the Vertex AI connector does; the MLflow connector hashes the platform URN ({@code MlflowNames}).</li>
 *   <li>{@code TrainingRun.builder().runId(r)} is {@code urn:li:dataProcessInstance:<r>}, as DataHub's AI client
 *   and the Vertex AI connector name runs; the MLflow connector hashes {@code {"id", "orchestrator"}}
 *   ({@code TrainingRunBuilder.orchestrator}).</li>
 *   <li>{@code MLModelBuilder.version(v)} puts each model in a version set of its own,
 *   {@code datahub_guid({"urn": <model urn>})}, as DataHub's SDK and the Unity Catalog connector do; the MLflow and
 *   Vertex AI connectors share one set per registered model ({@code MLModelBuilder.version(v, set)}).</li>
 *   <li>Models, groups and deployments are {@code (<platform>, <name>, <env>)} everywhere; what differs between
 *   connectors is the name, which these classes compose.</li>
 * </ul>
 *
 * <p><b>Null.</b> No public method of this package takes or returns {@code null} unless its Javadoc says so (such as
 * the current value handed to a change function for an absent aspect): an absent value is an {@code Optional} or an
 * empty collection, and a {@code null} argument fails at once with a {@code NullPointerException} naming it. The
 * SDK states this here rather than with nullness annotations, which would add a dependency to the runtime closure.
 */
package io.mlmeta.mlmodel.naming;
