package io.mlmeta.internal.http;

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
import okhttp3.OkHttpClient;

/**
 * Makes the emitter's OkHttp client: derived from the caller's with {@code newBuilder()} (keeping its TLS, proxy
 * and connection pool) or new, always with a dispatcher of its own (daemon threads, limits that do not throttle
 * the emitter's own in-flight bound) so that closing the emitter never touches the caller's dispatcher.
 */
public final class HttpClients {
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
    return b.dispatcher(dispatcher)
        .connectTimeout(connect)
        .readTimeout(read)
        .writeTimeout(write)
        .callTimeout(Duration.ZERO)
        .build();
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
