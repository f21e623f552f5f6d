package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.RestReader;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One transport per config object: the emitter and the reader of a config share the OkHttp client, its pool and
 * the retry scheduler; closing one leaves the other working; the last close stops them.
 */
class TransportSharingTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");
  private static final MetadataChangeProposal MCP = MetadataChangeProposal.upsert(URN, Status.of(false));
  private static final HttpCall GET_CONFIG = new HttpCall("GET", "/config", null, null, null);

  private MockWebServer server;
  /** Counted down when a request arrives; the server then waits for {@link #answer} (if set) before answering. */
  private volatile CountDownLatch arrived;
  private volatile CountDownLatch answer;
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @BeforeEach
  void start() throws IOException {
    server = MockServers.noDelay();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        CountDownLatch gate = answer;
        if (gate != null) {
          arrived.countDown();
          gate.await(10, TimeUnit.SECONDS);
        }
        // {"value":...} for a write, an object for a read (exists: the key aspect is there)
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
            .setBody("{\"value\":\"success\"}");
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    pool.shutdownNow();
    server.shutdown();
  }

  private ConnectionConfig config() {
    return ConnectionConfig.builder().server(server.url("/").toString()).deadline(Duration.ofSeconds(10)).build();
  }

  /** Lets the next request wait in the server until {@link #answer} is counted down. */
  private void holdNextRequest() {
    arrived = new CountDownLatch(1);
    answer = new CountDownLatch(1);
  }

  private void awaitArrival() throws InterruptedException {
    assertThat(arrived.await(10, TimeUnit.SECONDS)).as("request arrived").isTrue();
  }

  private static boolean answered(Transport transport) throws Exception {
    return transport.sender().send(GET_CONFIG).get(10, TimeUnit.SECONDS).isSuccess();
  }

  @Test
  void aClientOverRestHasOneTransportForItsEmitterAndReaderOnOneConnectionPool() throws Exception {
    ConnectionConfig config = config();
    try (DataHubClient client = DataHubClient.connect(config)) {
      assertThat(Transport.holders(config)).as("shares of the one transport for the config: emitter, reader, "
          + "searcher").isEqualTo(3);

      client.emitter().emit(MCP);
      assertThat(client.reader().exists(URN)).isTrue();

      assertThat(server.takeRequest().getSequenceNumber()).as("the emitter's request on its connection").isZero();
      assertThat(server.takeRequest().getSequenceNumber()).as("the reader's request reuses that connection")
          .isEqualTo(1);
    }
    assertThat(Transport.holders(config)).isZero();
  }

  @Test
  void sharesOfOneConfigHaveOneClientAndSchedulerAndTwoConfigsDoNotShare() {
    ConnectionConfig config = config();
    ConnectionConfig equal = config.toBuilder().build();
    try (Transport a = Transport.acquire(config); Transport b = Transport.acquire(config);
        Transport c = Transport.acquire(equal)) {
      assertThat(b.client()).isSameAs(a.client());
      assertThat(b.scheduler()).isSameAs(a.scheduler());
      assertThat(b.sender()).as("each holder ends only its own exchanges").isNotSameAs(a.sender());

      assertThat(c.client()).isNotSameAs(a.client());
      assertThat(c.scheduler()).isNotSameAs(a.scheduler());
      assertThat(Transport.holders(config)).isEqualTo(2);
      assertThat(Transport.holders(equal)).isEqualTo(1);
    }
  }

  @Test
  void theReaderKeepsReadingAfterTheEmitterOfItsConfigCloses() {
    ConnectionConfig config = config();
    try (RestReader reader = RestReader.create(config)) {
      RestEmitter emitter = RestEmitter.create(config);
      emitter.emit(MCP);
      emitter.close();

      assertThat(reader.exists(URN)).isTrue();
      assertThat(Transport.holders(config)).isEqualTo(1);
    }
  }

  @Test
  void theEmitterKeepsEmittingAfterTheReaderOfItsConfigCloses() {
    ConnectionConfig config = config();
    try (RestEmitter emitter = RestEmitter.create(config)) {
      RestReader reader = RestReader.create(config);
      assertThat(reader.exists(URN)).isTrue();
      reader.close();

      assertThat(emitter.emit(MCP).isAcknowledged()).isTrue();
      assertThat(Transport.holders(config)).isEqualTo(1);
    }
  }

  @Test
  void aReadUnderWayWhenTheEmitterClosesIsAnswered() throws Exception {
    ConnectionConfig config = config();
    try (RestReader reader = RestReader.create(config)) {
      RestEmitter emitter = RestEmitter.create(config);
      holdNextRequest();
      Future<Boolean> read = pool.submit(() -> reader.exists(URN));
      awaitArrival();

      emitter.close();
      answer.countDown();

      assertThat(read.get(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void anEmitUnderWayWhenTheReaderClosesIsAcknowledged() throws Exception {
    ConnectionConfig config = config();
    try (RestEmitter emitter = RestEmitter.create(config)) {
      RestReader reader = RestReader.create(config);
      holdNextRequest();
      Future<EmitResult> emit = pool.submit(() -> emitter.emit(MCP));
      awaitArrival();

      reader.close();
      answer.countDown();

      assertThat(emit.get(10, TimeUnit.SECONDS).isAcknowledged()).isTrue();
    }
  }

  @Test
  void closingAShareTwiceReleasesItOnce() throws Exception {
    ConnectionConfig config = config();
    Transport a = Transport.acquire(config);
    try (Transport b = Transport.acquire(config)) {
      a.close();
      a.close();

      assertThat(Transport.holders(config)).isEqualTo(1);
      assertThat(b.scheduler().isShutdown()).isFalse();
      assertThat(answered(b)).isTrue();
    }
    assertThat(Transport.holders(config)).isZero();
  }

  @Test
  void closingAReaderTwiceLeavesTheEmitterItsShare() {
    ConnectionConfig config = config();
    try (RestEmitter emitter = RestEmitter.create(config)) {
      RestReader reader = RestReader.create(config);
      reader.close();
      reader.close();

      assertThat(Transport.holders(config)).isEqualTo(1);
      assertThat(emitter.emit(MCP).isAcknowledged()).isTrue();
    }
  }

  @Test
  void theLastCloseStopsTheSchedulerTheDispatcherAndThePool() throws Exception {
    ConnectionConfig config = config();
    Transport a = Transport.acquire(config);
    Transport b = Transport.acquire(config);
    OkHttpClient client = a.client();
    assertThat(answered(a)).isTrue();
    assertThat(answered(b)).isTrue();

    a.close();
    assertThat(a.scheduler().isShutdown()).isFalse();
    assertThat(client.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(client.connectionPool().connectionCount()).isPositive();

    b.close();
    assertThat(b.scheduler().isShutdown()).isTrue();
    assertThat(client.dispatcher().executorService().isShutdown()).isTrue();
    assertThat(client.connectionPool().connectionCount()).isZero();
  }

  @Test
  void theLastCloseLeavesACallersOkHttpClientItsPoolAndUsable() throws Exception {
    OkHttpClient callers = new OkHttpClient();
    ConnectionConfig config = config().toBuilder().httpClient(callers).build();
    Transport a = Transport.acquire(config);
    assertThat(answered(a)).isTrue();

    a.close();

    assertThat(a.scheduler().isShutdown()).isTrue();
    assertThat(callers.connectionPool().connectionCount()).as("the caller's pool is not evicted").isPositive();
    try (Response response = callers.newCall(new Request.Builder().url(server.url("/config")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    callers.dispatcher().executorService().shutdown();
    callers.connectionPool().evictAll();
  }

  @Test
  void afterTheLastCloseTheSameConfigGetsANewTransport() throws Exception {
    ConnectionConfig config = config();
    Transport first = Transport.acquire(config);
    first.close();

    try (Transport second = Transport.acquire(config)) {
      assertThat(second.client()).isNotSameAs(first.client());
      assertThat(answered(second)).isTrue();
    }
  }

  @Test
  void theDispatcherAllowsEachHolderTheRequestsItsOwnDispatcherDid() {
    ConnectionConfig config = config().toBuilder().maxInFlight(100).build();
    Transport a = Transport.acquire(config);
    try (Transport b = Transport.acquire(config)) {
      assertThat(b.client().dispatcher().getMaxRequests()).isEqualTo(200);
      assertThat(b.client().dispatcher().getMaxRequestsPerHost()).isEqualTo(200);
      a.close();
      assertThat(b.client().dispatcher().getMaxRequests()).isEqualTo(100);
    }
  }

  @Test
  void concurrentAcquiresAndReleasesNeverHandOutAClosedTransport() throws Exception {
    ConnectionConfig config = config();
    int threads = 8;
    int rounds = 40;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        go.await();
        int answeredCount = 0;
        for (int i = 0; i < rounds; i++) {
          try (Transport transport = Transport.acquire(config)) {
            answeredCount += answered(transport) ? 1 : 0;
          }
        }
        return answeredCount;
      }));
    }
    go.countDown();
    int answeredCount = 0;
    for (Future<Integer> f : done) {
      answeredCount += f.get(60, TimeUnit.SECONDS);
    }

    assertThat(answeredCount).as("requests answered").isEqualTo(threads * rounds);
    assertThat(Transport.holders(config)).isZero();
  }
}
