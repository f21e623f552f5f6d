package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class HttpClientsTest {
  private static final Duration T = Duration.ofSeconds(5);

  @Test
  void aClientForAnHttpServerSpeaksCleartextOnlyWithAPoolOfItsOwn() {
    OkHttpClient client = HttpClients.create(null, T, T, T, 64, 16, true);
    try {
      assertThat(client.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
    } finally {
      HttpClients.shutdown(client, true);
    }
  }

  @Test
  void sixteenConnectionsOpenedTogetherStayPooledForTheNextBurst() throws Exception {
    CountDownLatch arrived = new CountDownLatch(16);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
          arrived.countDown();
          arrived.await(5, TimeUnit.SECONDS);
          return new MockResponse().setBody("{}");
        }
      });
      server.start();
      OkHttpClient client = HttpClients.create(null, T, T, T, 64, 16, true);
      try {
        CountDownLatch done = new CountDownLatch(16);
        for (int i = 0; i < 16; i++) {
          client.newCall(new Request.Builder().url(server.url("/x")).build()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
              done.countDown();
            }

            @Override
            public void onResponse(Call call, Response response) {
              response.close();
              done.countDown();
            }
          });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);

        assertThat(client.connectionPool().idleConnectionCount()).as("OkHttp's default pool keeps 5").isEqualTo(16);
      } finally {
        HttpClients.shutdown(client, true);
      }
    }
  }

  @Test
  void aClientForAnHttpsServerKeepsTlsAndACallersClientKeepsItsOwnSpecs() {
    OkHttpClient tls = HttpClients.create(null, T, T, T, 64, 16, false);
    OkHttpClient callers = new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.MODERN_TLS)).build();
    OkHttpClient derived = HttpClients.create(callers, T, T, T, 64, 16, true);
    try {
      assertThat(tls.connectionSpecs()).contains(ConnectionSpec.MODERN_TLS);
      assertThat(derived.connectionSpecs()).containsExactly(ConnectionSpec.MODERN_TLS);
      assertThat(derived.connectionPool()).isSameAs(callers.connectionPool());
    } finally {
      HttpClients.shutdown(tls, true);
      HttpClients.shutdown(derived, false);
    }
  }
}
