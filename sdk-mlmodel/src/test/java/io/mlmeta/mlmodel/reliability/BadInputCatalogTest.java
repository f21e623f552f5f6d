package io.mlmeta.mlmodel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.GlossaryTermAssociation;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.InvalidTokenException;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.config.TokenProvider;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import io.mlmeta.urn.VersionSetUrn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalog: one row per input a user can get wrong (or get right in an unusual way), with the
 * exception type and a message fragment that names the field or value, or {@code null} for inputs that must work
 * (those rows check their round trip themselves). Every refusal happens before anything is sent: the stand-in
 * server must not have seen a request when a row expects an exception from an emitter.
 */
class BadInputCatalogTest {
  private static final Urn ACTOR = CorpUserUrn.of("alice");
  private static final MLModelUrn MODEL = MLModelUrn.of("mlflow", "churn");
  private static final AtomicInteger SERVED = new AtomicInteger();
  private static final AtomicLong LAST_BODY_BYTES = new AtomicLong();
  private static final MockWebServer SERVER = new MockWebServer();

  @TempDir
  static Path dir;

  private static DataHubClient local;

  @BeforeAll
  static void start() throws IOException {
    SERVER.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        SERVED.incrementAndGet();
        LAST_BODY_BYTES.set(request.getBodySize());
        return new MockResponse().setBody("{\"value\":\"success\"}");
      }
    });
    SERVER.start();
    local = DataHubClient.local(dir.resolve("store"));
  }

  @AfterAll
  static void stop() throws IOException {
    local.close();
    SERVER.shutdown();
  }

  static Stream<Arguments> catalog() {
    List<Arguments> rows = new ArrayList<>();
    // Malformed URNs.
    rows.add(row("empty URN", () -> Urn.parse(""), UrnSyntaxException.class, "urn:li:"));
    rows.add(row("null URN", () -> Urn.parse(null), UrnSyntaxException.class, "null"));
    rows.add(row("empty entity type", () -> Urn.parse("urn:li::x"), UrnSyntaxException.class,
        "entity type is empty"));
    rows.add(row("entity type with a dash", () -> Urn.parse("urn:li:data-set:x"), UrnSyntaxException.class,
        "'data-set'"));
    rows.add(row("empty key", () -> Urn.parse("urn:li:dataset:"), UrnSyntaxException.class, "key is empty"));
    rows.add(row("empty tuple part", () -> Urn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,,PROD)"),
        UrnSyntaxException.class, "key part 1 is empty"));
    rows.add(row("unclosed parenthesis", () -> Urn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,t,PROD"),
        UrnSyntaxException.class, "unbalanced parentheses"));
    rows.add(row("parenthesis closing nothing", () -> Urn.parse("urn:li:dataset:hive,t,PROD)"),
        UrnSyntaxException.class, "closes nothing"));
    rows.add(row("text after the closing parenthesis", () -> Urn.parse("urn:li:dataset:(a,b)c"),
        UrnSyntaxException.class, "after the closing parenthesis"));
    rows.add(row("malformed nested URN", () -> Urn.parse("urn:li:dataset:(urn:li:dataPlatform:,t,PROD)"),
        UrnSyntaxException.class, "key part 0 is a malformed URN"));
    rows.add(row("two parts for a dataset", () -> DatasetUrn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,t)"),
        UrnSyntaxException.class, "(platform, name, env) but this one has 2"));
    rows.add(row("four parts for a model", () -> MLModelUrn.parse("urn:li:mlModel:(urn:li:dataPlatform:x,m,PROD,y)"),
        UrnSyntaxException.class, "this one has 4"));
    rows.add(row("platform that is not a URN", () -> DatasetUrn.parse("urn:li:dataset:(hive,t,PROD)"),
        UrnSyntaxException.class, "platform part 'hive'"));
    rows.add(row("unknown env in URN text",
        () -> DatasetUrn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,t,PRODUCTION)"), UrnSyntaxException.class,
        "'PRODUCTION'"));
    rows.add(row("unknown env argument", () -> MLModelUrn.of("mlflow", "m", "prodd"), UrnSyntaxException.class,
        "'prodd'"));
    rows.add(row("dataset URN parsed as a model URN",
        () -> MLModelUrn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,t,PROD)"), UrnSyntaxException.class,
        "expected a mlModel URN but got a dataset URN"));
    rows.add(row("group URN parsed as a user URN", () -> CorpUserUrn.parse("urn:li:corpGroup:eng"),
        UrnSyntaxException.class, "corpuser"));
    rows.add(row("empty model name", () -> MLModelUrn.of("mlflow", ""), UrnSyntaxException.class, "name"));
    rows.add(row("empty tag name", () -> TagUrn.of(""), UrnSyntaxException.class, "must not be empty"));

    // Reserved characters and unicode in names: these must work and round trip.
    rows.add(row("reserved characters in a model name", () -> roundTrip(MLModelUrn.of("mlflow",
        "churn,v2 (final)")), null, null));
    rows.add(row("unit separator in a dataset name", () -> roundTrip(DatasetUrn.of("hive", "a\u241Fb")), null,
        null));
    rows.add(row("unicode and emoji in a deployment name", () -> roundTrip(MLModelDeploymentUrn.of("sagemaker",
        "modèle-名前-🚀")), null, null));
    rows.add(row("colon, slash and spaces in a tag", () -> roundTrip(TagUrn.of("team: ml/feature store")), null,
        null));
    rows.add(row("unicode through the wire and the store", BadInputCatalogTest::unicodeThroughTheStore, null,
        null));

    // Missing required fields.
    rows.add(row("Owner without type", () -> Owner.builder().owner(ACTOR).build(), IllegalStateException.class,
        "type"));
    rows.add(row("Owner without owner", () -> Owner.builder().type(OwnershipType.TECHNICAL_OWNER).build(),
        IllegalStateException.class, "owner"));
    rows.add(row("Owner that is a dataset", () -> Owner.of(DatasetUrn.of("hive", "t"),
        OwnershipType.TECHNICAL_OWNER), IllegalArgumentException.class, "Owner.owner must be a corpuser"));
    rows.add(row("glossaryTerms without auditStamp", () -> GlossaryTerms.builder()
        .addTerm(GlossaryTermAssociation.of(GlossaryTermUrn.of("pii"))).build(), IllegalStateException.class,
        "auditStamp"));
    rows.add(row("hyperparameter without name", () -> MLHyperParam.builder().value("0.1").build(),
        IllegalStateException.class, "name"));
    rows.add(row("hyperparameter with empty name", () -> MLHyperParam.of("", "0.1"),
        IllegalArgumentException.class, "name"));
    rows.add(row("hyperparameter with a null value", () -> MLModel.builder().platform("mlflow").name("m")
        .hyperParams(nullValued("learning_rate")).build(), IllegalArgumentException.class, "learning_rate"));
    rows.add(row("model without name", () -> MLModel.builder().platform("mlflow").build(),
        IllegalStateException.class, "name"));
    rows.add(row("model without platform", () -> MLModel.builder().name("m").build(), IllegalStateException.class,
        "platform"));

    // Proposals that do not fit.
    rows.add(row("status on a user", () -> MetadataChangeProposal.upsert(ACTOR, Status.of(false)),
        IllegalArgumentException.class, "status cannot be attached to a corpuser"));
    rows.add(row("model properties on a dataset", () -> MetadataChangeProposal.upsert(DatasetUrn.of("hive", "t"),
        MLModelProperties.builder().build()), IllegalArgumentException.class,
        "mlModelProperties cannot be attached to a dataset"));
    rows.add(row("aspect name that does not match", () -> MetadataChangeProposal.builder().entityUrn(MODEL)
        .changeType(ChangeType.UPSERT).aspectName("ownership").aspect(Status.of(false)).build(),
        IllegalArgumentException.class, "'ownership' does not match"));
    rows.add(row("PATCH without a patch", () -> MetadataChangeProposal.builder().entityUrn(MODEL)
        .changeType(ChangeType.PATCH).aspectName("globalTags").build(), IllegalArgumentException.class,
        "needs a patch"));
    rows.add(row("UPSERT without an aspect", () -> MetadataChangeProposal.builder().entityUrn(MODEL)
        .changeType(ChangeType.UPSERT).aspectName("status").build(), IllegalArgumentException.class,
        "needs an aspect"));
    rows.add(row("proposal above maxProposalBytes", () -> emitter(50_000).emit(bigDescription(60_000)),
        IllegalArgumentException.class, "above maxProposalBytes 50000"));
    rows.add(row("batch holding one proposal above maxProposalBytes: that one fails unsent, the other lands",
        BadInputCatalogTest::batchWithOneOversized, null, null));
    rows.add(row("proposal above GMS's 16,000,000 byte limit", () -> emitter(
        ConnectionConfig.DEFAULT_MAX_PROPOSAL_BYTES).emitAsync(bigDescription(16_000_001)),
        IllegalArgumentException.class, "above maxProposalBytes 16000000"));

    // Timestamps.
    rows.add(row("negative audit time", () -> AuditStamp.of(-1, ACTOR), IllegalArgumentException.class,
        "AuditStamp.time must be epoch milliseconds >= 0 but was -1"));
    rows.add(row("audit time past year 9999", () -> AuditStamp.of(Long.MAX_VALUE, ACTOR),
        IllegalArgumentException.class, "AuditStamp.time"));
    rows.add(row("created before 1970", () -> MLModel.builder().platform("mlflow").name("m")
        .created(Instant.parse("1969-12-31T23:59:59Z")).build(), IllegalArgumentException.class, "-1000"));
    rows.add(row("timestamp in year 20000", () -> TimeStamp.of(Instant.parse("+20000-01-01T00:00:00Z")),
        IllegalArgumentException.class, "TimeStamp.time"));

    // Versions and aliases.
    rows.add(row("duplicate alias in versionProperties", () -> VersionProperties.builder()
        .versionSet(VersionSetUrn.of("abc", "mlModel")).version(VersionTag.of("1")).sortId("0000000001")
        .addAlias(VersionTag.of("champion")).addAlias(VersionTag.of("champion")).build(),
        IllegalArgumentException.class, "'champion' twice"));
    rows.add(row("adding an alias twice keeps one", BadInputCatalogTest::aliasTwice, null, null));
    rows.add(row("alias without a version", () -> MLModel.builder().platform("mlflow").name("m").build()
        .addAlias("champion"), IllegalStateException.class, "champion"));
    rows.add(row("empty alias", () -> MLModel.builder().platform("mlflow").name("m").version("1").build()
        .addAlias(""), IllegalArgumentException.class, "alias"));

    // Patches.
    rows.add(row("patch path segment needing escapes", BadInputCatalogTest::escapedPatchPath, null, null));
    rows.add(row("patch path without a leading slash", () -> Patch.builder().add("tags", "x").build(),
        IllegalArgumentException.class, "must start with '/'"));
    rows.add(row("patch without operations", () -> Patch.builder().build(), IllegalStateException.class,
        "at least one operation"));

    // Connection settings.
    rows.add(row("token with a newline", () -> TokenProvider.of("abc123\n"), InvalidTokenException.class,
        "line break"));
    rows.add(row("token with a space", () -> TokenProvider.of("Bearer abc123"), InvalidTokenException.class,
        "space, control or non-ASCII character at index 6"));
    rows.add(row("empty token", () -> TokenProvider.of(""), InvalidTokenException.class, "must not be empty"));
    rows.add(row("server URL without scheme", () -> ConnectionConfig.builder().server("localhost:8080"),
        IllegalArgumentException.class, "did you mean 'http://localhost:8080'"));
    rows.add(row("server URL with another scheme", () -> ConnectionConfig.builder().server("ftp://gms:8080"),
        IllegalArgumentException.class, "'ftp://gms:8080'"));
    rows.add(row("server URL with a query", () -> ConnectionConfig.builder().server("http://gms:8080/?a=b"),
        IllegalArgumentException.class, "without query"));
    rows.add(row("zero deadline", () -> ConnectionConfig.builder().deadline(Duration.ZERO),
        IllegalArgumentException.class, "deadline must be positive"));
    rows.add(row("no in-flight request allowed", () -> ConnectionConfig.builder().maxInFlight(0),
        IllegalArgumentException.class, "maxInFlight must be at least 1 but was 0"));
    rows.add(row("401 as a retried status", () -> RetryPolicy.builder().retryStatuses(Set.of(401, 503)),
        IllegalArgumentException.class, "401"));
    rows.add(row("update of an entity never read", () -> local.entities().update(MLModel.builder()
        .platform("mlflow").name("m").build()), IllegalArgumentException.class, "use create() or upsert()"));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void badInputIsRefusedNamingTheFieldOrWorks(String description, ThrowingCallable call,
      Class<? extends Throwable> expected, String fragment) {
    int servedBefore = SERVED.get();
    Throwable thrown = catchThrowable(call);

    if (expected == null) {
      assertThat(thrown).as(description + " must work").isNull();
    } else {
      assertThat(thrown).as(description).isInstanceOf(expected).hasMessageContaining(fragment);
      assertThat(SERVED.get()).as("refused before anything was sent").isEqualTo(servedBefore);
    }
  }

  @org.junit.jupiter.api.Test
  void theCatalogHasAtLeastFortyRows() {
    assertThat(catalog().count()).isGreaterThanOrEqualTo(40);
  }

  private static Arguments row(String description, ThrowingCallable call, Class<? extends Throwable> expected,
      String fragment) {
    return Arguments.of(description, call, expected, fragment);
  }

  private static void roundTrip(Urn urn) {
    Urn parsed = Urn.parse(urn.toString());
    assertThat(parsed).isEqualTo(urn);
    assertThat(parsed.toString()).isEqualTo(urn.toString());
    if (urn instanceof TagUrn) {
      MLModelUrn tagged = MLModelUrn.of("mlflow", "tagged");
      local.emitter().emit(MetadataChangeProposal.upsert(tagged, GlobalTags.of((TagUrn) urn)));
      assertThat(local.reader().getAspect(tagged, GlobalTags.TYPE).orElseThrow().tags().get(0).tag())
          .isEqualTo(urn);
      return;
    }
    local.emitter().emit(MetadataChangeProposal.upsert(urn, Status.of(false)));
    assertThat(local.reader().exists(urn)).isTrue();
    assertThat(local.reader().getEntity(urn).orElseThrow().urn().toString()).isEqualTo(urn.toString());
  }

  private static void unicodeThroughTheStore() {
    MLModel model = MLModel.builder().platform("mlflow").name("unicode-ü-模型")
        .description("Précision: 99 % — 模型 🚀")
        .putCustomProperty("clé/with~slash", "välue").build();
    local.entities().upsert(model);
    MLModel read = local.entities().get(model.urn(), MLModel.class);
    assertThat(read.urn()).isEqualTo(model.urn());
    assertThat(read.description()).contains("Précision: 99 % — 模型 🚀");
    assertThat(read.customProperties()).containsEntry("clé/with~slash", "välue");
  }

  private static void aliasTwice() {
    MLModel model = MLModel.builder().platform("mlflow").name("aliased").version("1").build()
        .addAlias("champion").addAlias("champion");
    assertThat(model.aliases()).containsExactly("champion");
  }

  private static void escapedPatchPath() {
    assertThat(Patch.path("customProperties", "a/b~c")).isEqualTo("/customProperties/a~1b~0c");
    MLModel model = MLModel.builder().platform("mlflow").name("patched").build();
    local.entities().upsert(model);
    local.emitter().emit(MetadataChangeProposal.patch(model.urn(), MLModelProperties.TYPE.name(),
        Patch.builder().add(Patch.path("customProperties", "a/b~c"), "v").build()));
    assertThat(local.reader().getAspect(model.urn(), MLModelProperties.TYPE).orElseThrow().customProperties())
        .containsEntry("a/b~c", "v");
  }

  private static Map<String, Object> nullValued(String name) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(name, null);
    return values;
  }

  private static void batchWithOneOversized() {
    int servedBefore = SERVED.get();
    try (RestEmitter emitter = emitter(50_000)) {
      List<EmitResult> results = emitter.emitAll(List.of(
          MetadataChangeProposal.upsert(MODEL, Status.of(false)), bigDescription(60_000)));

      assertThat(results.get(0).isAcknowledged()).isTrue();
      assertThat(results.get(1).isAcknowledged()).isFalse();
      assertThat(results.get(1).failure().orElseThrow().getMessage())
          .contains("mlModelProperties is", "above maxProposalBytes 50000", "it was not sent");
    }
    assertThat(SERVED.get() - servedBefore).as("one request, for the small proposal").isEqualTo(1);
    assertThat(LAST_BODY_BYTES.get()).as("the large description was not sent").isLessThan(1_000);
  }

  private static MetadataChangeProposal bigDescription(int chars) {
    return MetadataChangeProposal.upsert(MODEL, MLModelProperties.builder().description("x".repeat(chars)).build());
  }

  private static RestEmitter emitter(long maxProposalBytes) {
    return RestEmitter.create(ConnectionConfig.builder().server(SERVER.url("/").toString())
        .maxProposalBytes(maxProposalBytes).build());
  }
}
