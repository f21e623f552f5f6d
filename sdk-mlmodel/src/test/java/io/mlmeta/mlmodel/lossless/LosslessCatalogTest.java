package io.mlmeta.mlmodel.lossless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Newer-server documents, each in one aspect of a model, go through get, a change to one field of that aspect, and
 * update, on a GMS test server and on the local store: every other field is written back byte for byte.
 */
class LosslessCatalogTest {
  private static final MLModelUrn MODEL = MLModelUrn.of("mlflow", "lossless");
  private static final String ATTRIBUTION =
      "{\"time\":1700000000000,\"actor\":\"urn:li:corpuser:ingest\",\"source\":\"urn:li:dataHubAction:x\","
          + "\"sourceDetail\":{}}";

  @TempDir
  Path dir;

  /** One document: the aspect it is, its JSON, the change, and the top-level fields the change may touch. */
  static final class Case {
    final String name;
    final String aspect;
    final String json;
    final Consumer<MLModel> change;
    final Set<String> touched;

    Case(String name, String aspect, String json, Consumer<MLModel> change, String... touched) {
      this.name = name;
      this.aspect = aspect;
      this.json = json;
      this.change = change;
      this.touched = Set.of(touched);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> catalogue() {
    Consumer<MLModel> addOwner = m -> m.addOwner(CorpUserUrn.of("bob"));
    Consumer<MLModel> addTag = m -> m.addTag(TagUrn.of("prod"));
    Consumer<MLModel> describe = m -> m.setDescription("changed");
    Consumer<MLModel> addAlias = m -> m.addAlias("challenger");
    List<Case> all = new ArrayList<>();
    all.add(new Case("ownership.ownerTypes", "ownership", "{\"owners\":[{\"owner\":\"urn:li:corpuser:alice\","
        + "\"type\":\"TECHNICAL_OWNER\"}],\"ownerTypes\":{\"urn:li:ownershipType:__system__technical_owner\":"
        + "[\"urn:li:corpuser:alice\"]},\"lastModified\":{\"time\":1,\"actor\":\"urn:li:corpuser:x\"}}",
        addOwner, "owners"));
    all.add(new Case("owner with an unknown ownership type symbol", "ownership", "{\"owners\":[{\"owner\":"
        + "\"urn:li:corpuser:alice\",\"type\":\"PRODUCT_OWNER\",\"attribution\":" + ATTRIBUTION + "}],"
        + "\"lastModified\":{\"time\":1,\"actor\":\"urn:li:corpuser:x\",\"later\":true}}", addOwner,
        "owners:new"));
    all.add(new Case("owner source of an unknown kind, nested unknown record", "ownership", "{\"owners\":[{\"owner\":"
        + "\"urn:li:corpuser:alice\",\"type\":\"DATA_STEWARD\",\"source\":{\"type\":\"CATALOG_SYNC\",\"url\":\"u\"},"
        + "\"extra\":{\"a\":{\"b\":[1,2.50,\"\\u00e9\"]}}}],"
        + "\"lastModified\":{\"time\":1,\"actor\":\"urn:li:corpuser:x\"}}",
        addOwner, "owners:new"));
    all.add(new Case("tags with attribution, context and a top-level field", "globalTags", "{\"tags\":[{\"tag\":"
        + "\"urn:li:tag:a\",\"context\":\"c\",\"attribution\":" + ATTRIBUTION + "}],\"tagsVersion\":7}", addTag,
        "tags:new"));
    all.add(new Case("tag association with an unknown nested record", "globalTags", "{\"tags\":[{\"tag\":"
        + "\"urn:li:tag:a\",\"proposal\":{\"state\":\"OPEN\",\"by\":[\"urn:li:corpuser:x\"]}}]}", addTag, "tags:new"));
    all.add(new Case("terms with an unknown top-level field", "glossaryTerms", "{\"terms\":[{\"urn\":"
        + "\"urn:li:glossaryTerm:a\",\"attribution\":" + ATTRIBUTION + ",\"later\":1}],\"auditStamp\":{\"time\":1,"
        + "\"actor\":\"urn:li:corpuser:x\"},\"termsSource\":\"ui\"}", m -> m.addTerm(GlossaryTermUrn.of("b")),
        "terms:new", "auditStamp"));
    all.add(new Case("domains.domainAssociations", "domains", "{\"domains\":[\"urn:li:domain:a\"],"
        + "\"domainAssociations\":[{\"domain\":\"urn:li:domain:a\",\"context\":\"c\",\"attribution\":" + ATTRIBUTION
        + "}]}", m -> m.setDomain(DomainUrn.of("a")).addOwner(CorpUserUrn.of("bob")), "nothing"));
    all.add(new Case("mlModelProperties with unknown top-level fields", "mlModelProperties", "{\"customProperties\":"
        + "{\"k\":\"v\"},\"tags\":[],\"description\":\"old\",\"aiBom\":{\"version\":\"1.0\",\"parts\":[{\"n\":1.10}]}}",
        describe, "description"));
    all.add(new Case("hyperparameters with extra keys", "mlModelProperties", "{\"customProperties\":{},"
        + "\"hyperParams\":[{\"name\":\"lr\",\"value\":\"0.1\",\"unit\":\"ratio\"}],\"tags\":[]}", describe,
        "description"));
    all.add(new Case("metrics with extra keys and exact numbers", "mlModelProperties", "{\"customProperties\":{},"
        + "\"trainingMetrics\":[{\"name\":\"auc\",\"value\":\"0.9\",\"step\":100,\"ci\":[0.85,0.950]}],\"tags\":[]}",
        describe, "description"));
    all.add(new Case("version tag with attribution", "mlModelProperties", "{\"customProperties\":{},\"tags\":[],"
        + "\"version\":{\"versionTag\":\"3\",\"metadataAttribution\":" + ATTRIBUTION + ",\"x\":\"y\"}}", describe,
        "description"));
    all.add(new Case("unicode and escapes in unknown fields", "mlModelProperties", "{\"customProperties\":{},"
        + "\"tags\":[],\"notes\":\"caf\\u00e9 \\\"q\\\" \\\\ \\n \\u2603 \\ud83d\\ude00\"}", describe, "description"));
    all.add(new Case("versionProperties: isLatest, unknown field, aliases with attribution", "versionProperties",
        "{\"versionSet\":\"urn:li:versionSet:(s,mlModel)\",\"version\":{\"versionTag\":\"1\"},\"aliases\":[{"
            + "\"versionTag\":\"champion\",\"metadataAttribution\":" + ATTRIBUTION + "}],\"sortId\":\"0000000001\","
            + "\"versioningScheme\":\"LEXICOGRAPHIC_STRING\",\"isLatest\":true,\"lineageInfo\":{\"a\":1}}", addAlias,
        "aliases:new"));
    all.add(new Case("versionProperties with an unknown versioning scheme", "versionProperties",
        "{\"versionSet\":\"urn:li:versionSet:(s,mlModel)\",\"version\":{\"versionTag\":\"1\"},\"aliases\":[],"
            + "\"sortId\":\"AAAAAAAB\",\"versioningScheme\":\"SEMANTIC_VERSION\"}", addAlias, "aliases"));
    all.add(new Case("institutional memory with newer element fields", "institutionalMemory", "{\"elements\":[{"
        + "\"url\":\"https://a\",\"description\":\"d\",\"createStamp\":{\"time\":1,\"actor\":\"urn:li:corpuser:x\"},"
        + "\"updateStamp\":{\"time\":2,\"actor\":\"urn:li:corpuser:y\"},\"settings\":{\"showInAssetPreview\":true,"
        + "\"pinned\":true},\"icon\":\"book\"}]}", m -> m.addLink("https://b", "b"), "elements:new"));
    all.add(new Case("deprecation with an unknown field", "deprecation", "{\"deprecated\":false,\"note\":\"n\","
        + "\"actor\":\"urn:li:corpuser:x\",\"replacement\":\"urn:li:mlModel:(urn:li:dataPlatform:mlflow,b,PROD)\","
        + "\"decommissionTime\":5,\"reasonCode\":\"EOL\"}", m -> m.deprecate("n2", CorpUserUrn.of("y")),
        "deprecated", "note", "actor"));
    all.add(new Case("status.lifecycleStage kept by softDelete", "status", "{\"removed\":false,\"lifecycleStage\":"
        + "\"urn:li:lifecycleStageType:retired\",\"lifecycleLastUpdated\":{\"time\":3,"
        + "\"actor\":\"urn:li:corpuser:x\"}}",
        MLModel::softDelete, "removed"));
    all.add(new Case("deployments and groups with an unknown top-level record", "mlModelProperties",
        "{\"customProperties\":{},\"tags\":[],\"deployments\":[\"urn:li:mlModelDeployment:(urn:li:dataPlatform:"
            + "sagemaker,e,PROD)\"],\"lineage\":{\"upstream\":[{\"urn\":\"urn:li:dataset:x\",\"w\":0.5}]}}",
        m -> m.addDeployment(MLModelDeploymentUrn.of("sagemaker", "f")), "deployments:new"));
    all.add(new Case("an array of records of an unknown field", "mlModelProperties", "{\"customProperties\":{},"
        + "\"tags\":[],\"evaluations\":[{\"set\":\"a\",\"score\":1e-3},"
        + "{\"set\":\"b\",\"score\":12345678901234567890}]}",
        describe, "description"));
    all.add(new Case("domains changed while keeping an unknown top-level field", "domains", "{\"domains\":["
        + "\"urn:li:domain:a\"],\"primary\":\"urn:li:domain:a\"}", m -> m.setDomain(DomainUrn.of("b")), "domains",
        "domainAssociations"));
    all.add(new Case("ownership lastModified with an unknown impersonation record", "ownership", "{\"owners\":[],"
        + "\"lastModified\":{\"time\":1,\"actor\":\"urn:li:corpuser:x\","
        + "\"delegation\":{\"by\":\"urn:li:corpuser:y\"}}}",
        addOwner, "owners"));
    return all;
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Case c : catalogue()) {
      out.add(Arguments.of("local store", c));
      out.add(Arguments.of("GMS", c));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void fieldsTheChangeDidNotTouchAreWrittenBackUnchanged(String backend, Case c) throws Exception {
    FakeGms gms = backend.equals("GMS") ? FakeGms.start(dir.resolve("gms")) : null;
    try (DataHubClient client = gms == null ? DataHubClient.local(dir.resolve("store"))
        : DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(30))
            .build())) {
      client.entities().upsert(MLModel.builder().platform("mlflow").name("lossless").displayName("x").build());
      // what the server holds, written there as GMS itself would (a client may not send isLatest)
      (gms == null ? client.emitter() : gms.store()).emit(MetadataChangeProposal.upsert(MODEL,
          RawAspect.of(c.aspect, c.json)));

      MLModel model = client.entities().get(MODEL, MLModel.class);
      c.change.accept(model);
      client.entities().update(model);

      JsonNode before = WireJson.MAPPER.readTree(c.json);
      JsonNode after = WireJson.MAPPER.readTree(client.reader().getAspect(MODEL, AspectType.untyped(c.aspect))
          .map(a -> ((RawAspect) a).json()).orElseThrow());
      Iterator<String> names = before.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (c.touched.contains(name)) {
          continue;
        }
        if (c.touched.contains(name + ":new")) {
          // the change adds to this array: what was there stays, in order, byte for byte
          for (int i = 0; i < before.get(name).size(); i++) {
            assertThat(after.get(name).get(i).toString()).as(name + "[" + i + "]")
                .isEqualTo(before.get(name).get(i).toString());
          }
          continue;
        }
        assertThat(after.has(name)).as(name + " kept").isTrue();
        assertThat(after.get(name).toString()).as(name).isEqualTo(before.get(name).toString());
      }
    } finally {
      if (gms != null) {
        gms.close();
      }
    }
  }
}
