package io.mlmeta.bench.sink;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback stand-in for GMS: answers {@code POST /aspects?action=ingestProposal} and
 * {@code ?action=ingestProposalBatch} with {@code {"value":"success"}} after checking and counting the proposals
 * ({@link ProposalCheck}), optionally after an added latency. Listens on 127.0.0.1 only, one thread per connection
 * (at most {@link #MAX_CONNECTIONS}), idle connections closed after 60 s, and stops by itself after its lifetime.
 */
public final class Sink implements AutoCloseable {
  /** The most connections served at once; more are closed at once. */
  public static final int MAX_CONNECTIONS = 512;
  /** Every {@code DEEP_EVERY}-th proposal has its aspect JSON parsed and checked in full. */
  static final long DEEP_EVERY = 1000;

  private final ServerSocket server;
  private final long stopAt;
  private final ThreadPoolExecutor workers;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private final AtomicLong seen = new AtomicLong();
  private volatile SinkStats stats = new SinkStats();
  private volatile long latencyNanos;
  private volatile boolean closed;

  private Sink(Duration lifetime) throws IOException {
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    server.setSoTimeout(500);
    stopAt = System.nanoTime() + lifetime.toNanos();
    workers = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "sink-conn");
      t.setDaemon(true);
      return t;
    });
    acceptor = new Thread(this::acceptLoop, "sink-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A started sink that stops by itself after {@code lifetime}. */
  public static Sink start(Duration lifetime) throws IOException {
    return new Sink(lifetime);
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Starts a new run: fresh counters and the given added latency; returns the previous run's counters. */
  public SinkStats reset(Duration latency) {
    SinkStats previous = stats;
    stats = new SinkStats();
    latencyNanos = latency.toNanos();
    return previous;
  }

  /** The counters of the current run. */
  public SinkStats stats() {
    return stats;
  }

  /** Whether the sink still serves. */
  public boolean isOpen() {
    return !closed;
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
    workers.shutdownNow();
  }

  long latencyNanos() {
    return latencyNanos;
  }

  boolean takeDeepSample() {
    return seen.incrementAndGet() % DEEP_EVERY == 0;
  }

  void closed(Socket socket) {
    open.remove(socket);
    closeQuietly(socket);
  }

  private void acceptLoop() {
    while (!closed) {
      if (System.nanoTime() - stopAt > 0) {
        System.err.println("sink: lifetime over, stopping");
        close();
        return;
      }
      Socket socket;
      try {
        socket = server.accept();
      } catch (SocketTimeoutException e) {
        continue;
      } catch (IOException e) {
        if (!closed) {
          System.err.println("sink: accept failed: " + e);
        }
        continue;
      }
      if (!socket.getInetAddress().isLoopbackAddress()) {
        closeQuietly(socket);
        continue;
      }
      try {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        open.add(socket);
        stats.connections.incrementAndGet();
        workers.execute(new SinkConnection(this, socket));
      } catch (IOException | RejectedExecutionException e) {
        closed(socket);
      }
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
