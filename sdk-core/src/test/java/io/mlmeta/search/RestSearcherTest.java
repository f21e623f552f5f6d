package io.mlmeta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.error.DataHubAuthenticationException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RestSearcher} on the wire of {@code POST /openapi/v3/entity/scroll}. The answers follow
 * {@code GenericEntityScrollResultV3} ({@code scrollId}, {@code entities}, {@code totalCount}) and
 * {@code GenericEntityV3} (each entity an object with its {@code urn} and its aspects) of upstream
 * {@code metadata-service/openapi-servlet/models/src/main/java/io/datahubproject/openapi/v3/models/}; the request
 * parameters are those of {@code scrollEntities} in
 * {@code metadata-service/openapi-servlet/src/main/java/io/datahubproject/openapi/v3/controller/EntityController.java};
 * the error bodies those of {@code GlobalControllerExceptionHandler} ({@code {"error": ...}}) and of Spring's
 * default error page for an unhandled exception.
 */
class RestSearcherTest {
  static final Urn M1 = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,a,PROD)");
  static final Urn M2 = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,b,PROD)");
  static final Urn M3 = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,c,PROD)");
  static final Urn M4 = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,d,PROD)");
  static final Urn M5 = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,e,PROD)");

  private MockWebServer server;
  private RestSearcher searcher;

  @BeforeEach
  void start() throws Exception {
    server = MockServers.noDelay();
    server.start();
    searcher = RestSearcher.create(ConnectionConfig.builder().server(server.url("/").toString())
        .deadline(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()).build());
  }

  @AfterEach
  void stop() throws Exception {
    searcher.close();
    server.close();
  }

  /** A page as v3 answers it: aspects beside the URN, which the searcher ignores. */
  static MockResponse page(String scrollId, Integer total, Urn... urns) {
    String entities = List.of(urns).stream().map(u -> "{\"urn\":\"" + u + "\",\"status\":{\"value\":"
        + "{\"removed\":false}}}").collect(Collectors.joining(","));
    return new MockResponse().setHeader("Content-Type", "application/json").setBody("{"
        + (scrollId == null ? "" : "\"scrollId\":\"" + scrollId + "\",") + "\"entities\":[" + entities + "]"
        + (total == null ? "" : ",\"totalCount\":" + total) + "}");
  }

  static String queryParam(RecordedRequest request, String name) {
    HttpUrl url = request.getRequestUrl();
    return url.queryParameter(name);
  }

  @Test
  void theFirstPageIsReadAtOnceWithTheTotalAndTheOthersAsTheStreamIsConsumed() throws Exception {
    server.enqueue(page("scroll-1", 5, M1, M2));
    server.enqueue(page("scroll-2", 5, M3, M4));
    server.enqueue(page(null, 5, M5));
    SearchQuery query = SearchQuery.builder().addEntityType("mlModel").pageSize(2).build();

    SearchResult result = SearchClient.of(searcher).search(query);

    assertThat(result.total()).hasValue(5);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(result.toList()).containsExactly(M1, M2, M3, M4, M5);
    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(first.getPath()).isEqualTo("/openapi/v3/entity/scroll?count=2&query=*&sort=urn"
        + "&sortOrder=ASCENDING&includeSoftDelete=false");
    assertThat(first.getBody().readUtf8()).isEqualTo("{\"entities\":[\"mlModel\"]}");
    assertThat(queryParam(server.takeRequest(), "scrollId")).isEqualTo("scroll-1");
    assertThat(queryParam(server.takeRequest(), "scrollId")).isEqualTo("scroll-2");
  }

  @Test
  void theFiveMlTypesAreSearchedByDefaultInOneRequest() throws Exception {
    server.enqueue(page(null, 0));

    assertThat(SearchClient.of(searcher).search(SearchQuery.builder().build()).toList()).isEmpty();

    assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{\"entities\":[\"container\","
        + "\"dataProcessInstance\",\"mlModel\",\"mlModelDeployment\",\"mlModelGroup\"]}");
  }

  @Test
  void everyFilterIsRenderedIntoTheQueryOnTheFieldsDataHubIndexes() throws Exception {
    server.enqueue(page(null, 0));
    SearchQuery query = SearchQuery.builder()
        .platform(DataPlatformUrn.of("mlflow"))
        .env(FabricType.PROD)
        .nameContains("Churn model")
        .addTag(TagUrn.of("production"))
        .addTerm(GlossaryTermUrn.of("Classification.Sensitive"))
        .domain(DomainUrn.of("marketing"))
        .owner(CorpUserUrn.of("alice"))
        .putCustomProperty("team", "growth \"A\"")
        .deploymentStatus("IN_SERVICE")
        .versionAlias("champion")
        .subType("ML Experiment")
        .build();

    searcher.page(query, "");

    RecordedRequest request = server.takeRequest();
    String raw = request.getPath().replaceAll(".*[?&]query=([^&]*).*", "$1");
    assertThat(URLDecoder.decode(raw, StandardCharsets.UTF_8)).isEqualTo("platform:\"urn:li:dataPlatform:mlflow\""
        + " AND (origin:\"PROD\" OR env:\"PROD\")"
        + " AND name:*churn\\ model*"
        + " AND tags:\"urn:li:tag:production\""
        + " AND glossaryTerms:\"urn:li:glossaryTerm:Classification.Sensitive\""
        + " AND domains:\"urn:li:domain:marketing\""
        + " AND owners:\"urn:li:corpuser:alice\""
        + " AND customProperties:\"team=growth \\\"A\\\"\""
        + " AND deploymentStatus:\"IN_SERVICE\""
        + " AND aliases:\"champion\""
        + " AND typeNames:\"ML Experiment\"");
    assertThat(raw).doesNotContain(" ").doesNotContain("+");
  }

  @Test
  void softDeletedEntitiesAreLeftOutUnlessAskedFor() throws Exception {
    server.enqueue(page(null, 0));
    server.enqueue(page(null, 0));

    searcher.page(SearchQuery.builder().build(), "");
    searcher.page(SearchQuery.builder().includeRemoved(true).build(), "");

    assertThat(queryParam(server.takeRequest(), "includeSoftDelete")).isEqualTo("false");
    assertThat(queryParam(server.takeRequest(), "includeSoftDelete")).isEqualTo("true");
  }

  @Test
  void aServerWithoutATotalGivesNoneRatherThanZero() {
    server.enqueue(page("s", 0, M1));
    server.enqueue(page(null, null, M2));

    assertThat(searcher.page(SearchQuery.builder().build(), "").total()).isEmpty();
    assertThat(searcher.page(SearchQuery.builder().build(), "s").total()).isEmpty();
  }

  @Test
  void aForbiddenSearchSaysWhatTheServerSaid() {
    server.enqueue(new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/json")
        .setBody("{\"error\":\"urn:li:corpuser:bob is unauthorized to READ  entities.\"}"));

    assertThatThrownBy(() -> searcher.page(SearchQuery.builder().build(), ""))
        .isInstanceOf(DataHubAuthenticationException.class)
        .hasMessageContaining("403")
        .hasMessageContaining("urn:li:corpuser:bob is unauthorized to READ  entities.");
  }

  @Test
  void aServerFailureSaysItsStatusAndMessage() {
    server.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
        .setBody("{\"timestamp\":\"2025-01-01T00:00:00.000+00:00\",\"status\":500,\"error\":"
            + "\"Internal Server Error\",\"path\":\"/openapi/v3/entity/scroll\"}"));

    assertThatThrownBy(() -> searcher.page(SearchQuery.builder().build(), ""))
        .isInstanceOfSatisfying(DataHubServerException.class, e -> assertThat(e.status()).isEqualTo(500))
        .hasMessageContaining("Internal Server Error")
        .hasMessageContaining("/openapi/v3/entity/scroll");
  }

  @Test
  void aLaterPageThatFailsFailsTheStreamWithTheServersMessage() {
    server.enqueue(page("scroll-1", 4, M1, M2));
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
        .setBody("{\"error\":\"Invalid scroll id: scroll-1\"}"));
    SearchResult result = SearchClient.of(searcher).search(SearchQuery.builder().pageSize(2).build());

    assertThatThrownBy(result::toList)
        .isInstanceOfSatisfying(DataHubServerException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("Invalid scroll id: scroll-1");
  }

  @Test
  void theConnectionsTokenGoesWithTheSearch() throws Exception {
    try (RestSearcher withToken = RestSearcher.create(ConnectionConfig.builder().server(server.url("/").toString())
        .token("s3cret").retryPolicy(RetryPolicy.none()).build())) {
      server.enqueue(page(null, 0));

      withToken.page(SearchQuery.builder().build(), "");

      assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer s3cret");
      assertThat(withToken.toString()).doesNotContain("s3cret");
    }
  }

  @Test
  void anAnswerWithoutEntitiesIsAServerErrorNotAnEmptyResult() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"value\":[]}"));

    assertThatThrownBy(() -> searcher.page(SearchQuery.builder().build(), ""))
        .isInstanceOf(DataHubServerException.class)
        .hasMessageContaining("no \"entities\" array");
  }
}
