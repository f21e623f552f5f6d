package io.mlmeta.examples;

import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import java.util.List;

/**
 * The datasets of {@code dh_ai_docs_demo.py} (steps 5 and 10) as proposals. The SDK has no dataset entity, so the
 * dataset aspects it has no type for ({@code datasetProperties}, {@code editableDatasetProperties},
 * {@code schemaMetadata}) are {@link RawAspect}s holding the JSON DataHub's Python SDK writes; the common aspects
 * are typed.
 */
final class DemoDatasets {
  static final DatasetUrn BASIC = DatasetUrn.of("snowflake", "0414_basic_dataset");
  static final DatasetUrn IRIS_INPUT = DatasetUrn.of("snowflake", "0414_iris_input");
  static final DatasetUrn IRIS_OUTPUT = DatasetUrn.of("snowflake", "0414_iris_output");

  private static final DataPlatformInstance SNOWFLAKE = DataPlatformInstance.of(DataPlatformUrn.of("snowflake"));

  /**
   * The three columns of both iris datasets. The Python SDK also serializes the schema's defaults ({@code nullable},
   * {@code recursive} and {@code isPartOfKey} false, zero audit stamps); DataHub fills them in when absent.
   */
  private static final String IRIS_SCHEMA = "{\"schemaName\":\"\",\"platform\":\"urn:li:dataPlatform:snowflake\","
      + "\"version\":0,\"hash\":\"\",\"platformSchema\":{\"com.linkedin.schema.Schemaless\":{}},\"fields\":["
      + "{\"fieldPath\":\"id\",\"type\":{\"type\":{\"com.linkedin.schema.NumberType\":{}}},"
      + "\"nativeDataType\":\"number\"},"
      + "{\"fieldPath\":\"name\",\"type\":{\"type\":{\"com.linkedin.schema.StringType\":{}}},"
      + "\"nativeDataType\":\"string\"},"
      + "{\"fieldPath\":\"species\",\"type\":{\"type\":{\"com.linkedin.schema.StringType\":{}}},"
      + "\"nativeDataType\":\"string\"}]}";

  private DemoDatasets() {}

  /** Step 5: the basic dataset, with its platform and display name. */
  static List<MetadataChangeProposal> basic() {
    return List.of(
        MetadataChangeProposal.upsert(BASIC, SNOWFLAKE),
        MetadataChangeProposal.upsert(BASIC, RawAspect.of("datasetProperties",
            "{\"customProperties\":{},\"name\":\"0414 Basic Dataset\",\"tags\":[]}")));
  }

  /** Step 10: the training input of the iris model. */
  static List<MetadataChangeProposal> irisInput() {
    return iris(IRIS_INPUT, "Raw Iris dataset used for training ML models",
        "{\"data_source\":\"UCI Repository\",\"records\":\"150\",\"features\":\"4\"}",
        "0414 Iris Training Input Data", TagUrn.of("iris"), GlossaryTermUrn.of("raw_data"));
  }

  /** Step 10: the predictions the iris model wrote. */
  static List<MetadataChangeProposal> irisOutput() {
    return iris(IRIS_OUTPUT, "Processed Iris dataset with model predictions",
        "{\"model_version\":\"1.0\",\"records\":\"150\",\"accuracy\":\"0.95\"}",
        "0414 Iris Model Output Data", TagUrn.of("predictions"), GlossaryTermUrn.of("model_output"));
  }

  /**
   * An iris dataset in the Python SDK's order. Its description goes to {@code editableDatasetProperties}: the Python
   * SDK attributes {@code description=} to the user (SDK attribution), not to the source system.
   */
  private static List<MetadataChangeProposal> iris(DatasetUrn urn, String description, String customProperties,
      String name, TagUrn tag, GlossaryTermUrn term) {
    return List.of(
        MetadataChangeProposal.upsert(urn, SNOWFLAKE),
        MetadataChangeProposal.upsert(urn, RawAspect.of("schemaMetadata", IRIS_SCHEMA)),
        MetadataChangeProposal.upsert(urn, RawAspect.of("editableDatasetProperties",
            "{\"description\":\"" + description + "\"}")),
        MetadataChangeProposal.upsert(urn, RawAspect.of("datasetProperties",
            "{\"customProperties\":" + customProperties + ",\"name\":\"" + name + "\",\"tags\":[]}")),
        MetadataChangeProposal.upsert(urn, Ownership.builder()
            .addOwner(Owner.of(CorpUserUrn.of("datahub"), OwnershipType.TECHNICAL_OWNER)).build()),
        MetadataChangeProposal.upsert(urn, GlobalTags.of(TagUrn.of("ml_data"), tag)),
        MetadataChangeProposal.upsert(urn, GlossaryTerms.of(AuditStamp.of(0L, AuditStamp.INGESTION_ACTOR), term)));
  }
}
