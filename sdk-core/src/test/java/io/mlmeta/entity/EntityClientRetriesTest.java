package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EntityClient#withUpdateRetries}: how often a conflicting update is tried, as seen by the server. */
class EntityClientRetriesTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");

  @TempDir
  Path dir;
  private MockWebServer server;
  /** Conditional writes (POSTs) the server received. */
  private final AtomicInteger posts = new AtomicInteger();
  /** How many POSTs the server refuses with a version conflict before it accepts one. */
  private volatile int conflicts = Integer.MAX_VALUE;

  @BeforeEach
  void start() throws IOException {
    server = MockServers.noDelay();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getMethod().equals("POST")) {
          if (posts.incrementAndGet() <= conflicts) {
            return new MockResponse().setResponseCode(422)
                .setBody(MockServers.restliError(422, "Expected version 1, actual version 2"));
          }
          return new MockResponse().setResponseCode(200).setBody("{\"value\":\"success\"}");
        }
        return new MockResponse().setResponseCode(200).setBody("{\"urn\":\"" + URN + "\",\"aspects\":{"
            + "\"status\":{\"value\":{\"removed\":false},\"systemMetadata\":{\"version\":\"2\"}}}}");
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private DataHubClient connect() {
    return DataHubClient.connect(ConnectionConfig.builder().server(server.url("/").toString())
        .retryPolicy(RetryPolicy.none()).build());
  }

  private static EntityClientTest.Model read(DataHubClient client) {
    return new EntityClientTest.Model(client.reader().getEntity(URN).orElseThrow());
  }

  @Test
  void theClientsEntityClientHasTheDefaults() {
    try (DataHubClient client = connect()) {
      assertThat(client.entities().maxAttempts()).isEqualTo(EntityClient.DEFAULT_MAX_ATTEMPTS).isEqualTo(32);
      assertThat(client.entities().maxBackoff()).isEqualTo(EntityClient.DEFAULT_MAX_BACKOFF)
          .isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void withOneAttemptAConflictFailsAtOnce() {
    try (DataHubClient client = connect()) {
      EntityClient failFast = client.entities().withUpdateRetries(1, Duration.ZERO);
      EntityClientTest.Model model = read(client);

      assertThatThrownBy(() -> failFast.update(model.softDelete()))
          .isInstanceOf(DataHubConflictException.class)
          .hasMessageContaining(URN.toString())
          .hasMessageContaining("gave up after 1 conflicting writes")
          .isInstanceOfSatisfying(DataHubConflictException.class, e -> assertThat(e.attempts()).isEqualTo(1));
      assertThat(posts.get()).as("conditional writes sent").isEqualTo(1);
    }
  }

  @Test
  void withThreeAttemptsAConflictIsTriedThreeTimes() {
    try (DataHubClient client = connect()) {
      EntityClient threeTimes = client.entities().withUpdateRetries(3, Duration.ofMillis(2));
      EntityClientTest.Model model = read(client);

      assertThatThrownBy(() -> threeTimes.update(model.softDelete()))
          .isInstanceOf(DataHubConflictException.class)
          .hasMessageContaining("gave up after 3 conflicting writes")
          .isInstanceOfSatisfying(DataHubConflictException.class, e -> assertThat(e.attempts()).isEqualTo(3));
      assertThat(posts.get()).as("conditional writes sent").isEqualTo(3);
    }
  }

  @Test
  void aConflictThatClearsWithinTheAttemptsIsWritten() {
    conflicts = 2;
    try (DataHubClient client = connect()) {
      EntityClient threeTimes = client.entities().withUpdateRetries(3, Duration.ofMillis(2));

      threeTimes.update(read(client).softDelete());

      assertThat(posts.get()).as("conditional writes sent").isEqualTo(3);
    }
  }

  @Test
  void theCopyHasItsOwnRetriesAndLeavesTheOriginalAsItIs() {
    try (DataHubClient client = connect()) {
      EntityClient original = client.entities();
      EntityClient copy = original.withUpdateRetries(3, Duration.ofMillis(7));

      assertThat(copy).isNotSameAs(original);
      assertThat(copy.maxAttempts()).isEqualTo(3);
      assertThat(copy.maxBackoff()).isEqualTo(Duration.ofMillis(7));
      assertThat(original.maxAttempts()).isEqualTo(32);
      assertThat(original.maxBackoff()).isEqualTo(Duration.ofSeconds(1));
      assertThat(client.entities()).isSameAs(original);
    }
  }

  @Test
  void onTheLocalStoreOneAttemptFailsAtOnceWhereTheDefaultRetriesAndKeepsBothChanges() {
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      EntityClient failFast = client.entities().withUpdateRetries(1, Duration.ZERO);
      failFast.upsert(new EntityClientTest.Model(List.of(Status.of(false))));
      EntityClientTest.Model stale = read(client);
      client.entities().update(read(client).addOwner(CorpUserUrn.of("other")));
      stale.addOwner(CorpUserUrn.of("mine"));

      assertThatThrownBy(() -> failFast.update(stale)).isInstanceOf(DataHubConflictException.class)
          .hasMessageContaining("gave up after 1 conflicting writes");
      assertThat(read(client).owners()).extracting(o -> o.owner().toString())
          .containsExactly("urn:li:corpuser:other");
      client.entities().update(stale);
      assertThat(read(client).owners()).as("the default client retries and keeps both owners")
          .extracting(o -> o.owner().toString()).containsExactlyInAnyOrder("urn:li:corpuser:other",
              "urn:li:corpuser:mine");
    }
  }

  @Test
  void badRetrySettingsAreRefusedNamingTheValue() {
    try (DataHubClient client = connect()) {
      EntityClient entities = client.entities();

      assertThatThrownBy(() -> entities.withUpdateRetries(0, Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be >= 1 but was 0");
      assertThatThrownBy(() -> entities.withUpdateRetries(1, Duration.ofMillis(-5)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxBackoff must not be negative but was PT-0.005S");
      assertThatThrownBy(() -> entities.withUpdateRetries(1, null))
          .isInstanceOf(NullPointerException.class).hasMessage("maxBackoff");
    }
  }
}
