package io.mlmeta.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Makes the emitter's OkHttp client: derived from the caller's with {@code newBuilder()} (keeping its TLS, proxy
 * and connection pool) or new, always with a dispatcher of its own (daemon threads, limits that do not throttle
 * the emitter's own in-flight bound) so that closing the emitter never touches the caller's dispatcher. OkHttp's
 * own retry on connection failure is off: every repeat is the SDK's, bounded and counted by its retry policy.
 */
public final class HttpClients {
  /**
   * Where a 503's {@code Retry-After} is kept for the SDK: OkHttp itself repeats a 503 whose {@code Retry-After} is
   * 0 (behind the retry policy, uncounted) and fails on one that does not fit an int, so the header is renamed
   * before OkHttp's retry logic sees it.
   */
  static final String RETRY_AFTER_KEPT = "X-Mlmeta-Retry-After";

  private HttpClients() {}

  /**
   * The client to use; {@code base} may be null. A client made here keeps up to {@code maxIdle} idle connections
   * (OkHttp's default is 5): with more requests under way than that, every burst would otherwise close connections
   * the next burst opens again. For a {@code cleartext} (http://) server it speaks cleartext only, which spares
   * loading the JDK's trust store and TLS machinery when the emitter is made (about half of its creation time); a
   * redirect to https is then refused.
   */
  public static OkHttpClient create(OkHttpClient base, Duration connect, Duration read, Duration write,
      int maxRequests, int maxIdle, boolean cleartext) {
    return create(base, connect, read, write, maxRequests, maxIdle, cleartext, false);
  }

  /** As the method above; {@code insecure} accepts any certificate and host name. */
  public static OkHttpClient create(OkHttpClient base, Duration connect, Duration read, Duration write,
      int maxRequests, int maxIdle, boolean cleartext, boolean insecure) {
    Dispatcher dispatcher = new Dispatcher(executor());
    dispatcher.setMaxRequests(maxRequests);
    dispatcher.setMaxRequestsPerHost(maxRequests);
    OkHttpClient.Builder b;
    if (base == null) {
      b = new OkHttpClient.Builder().connectionPool(new ConnectionPool(Math.max(5, maxIdle), 5, TimeUnit.MINUTES));
      if (cleartext) {
        b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
      }
    } else {
      b = base.newBuilder();
    }
    if (insecure) {
      InsecureTls.apply(b);
    }
    return b.addNetworkInterceptor(HttpClients::keepRetryAfterFromOkHttp)
        .dispatcher(dispatcher)
        .connectTimeout(connect)
        .readTimeout(read)
        .writeTimeout(write)
        .callTimeout(Duration.ZERO)
        // OkHttp would otherwise repeat a request on a failed pooled connection by itself, behind the SDK's
        // RetryPolicy: unbounded by maxAttempts, not counted in attempts, and a POST that had landed sent again.
        .retryOnConnectionFailure(false)
        .build();
  }

  private static Response keepRetryAfterFromOkHttp(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(RETRY_AFTER_KEPT, retryAfter).build();
  }

  /** Cancels what is under way and stops the dispatcher's threads; evicts the pool only if {@code ownPool}. */
  public static void shutdown(OkHttpClient client, boolean ownPool) {
    client.dispatcher().cancelAll();
    client.dispatcher().executorService().shutdown();
    if (ownPool) {
      client.connectionPool().evictAll();
    }
  }

  /** A daemon thread factory naming threads {@code prefix-N}. */
  public static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static ExecutorService executor() {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        daemonThreads("mlmeta-http"));
  }
}
