package io.mlmeta.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.internal.json.WireJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A GMS stand-in on 127.0.0.1 that injects faults by request number, deterministically: a plain HTTP/1.1 server
 * on a {@link ServerSocket} (keep-alive, {@code Content-Length} bodies), so that it can reset a connection
 * abruptly (SO_LINGER 0, the client sees a reset) and hold no request log. It answers the Rest.li ingest actions:
 * every proposal of a request it accepts is recorded by (URN, aspect, {@code systemMetadata.runId}), which the
 * tests make unique per proposal, so that the count of distinct proposals and of proposals seen more than once
 * (duplicates caused by a repeated request) can be compared with what the SDK acknowledged.
 */
public final class FaultInjectingGms implements AutoCloseable {
  /** What the server does with one request. */
  public enum Fault {
    /** Record the proposals and answer 200 {@code {"value":"success"}}. */
    NONE,
    /** Answer 503 with a Rest.li error body, recording nothing. */
    UNAVAILABLE,
    /** Answer 429 with {@code Retry-After}, recording nothing. */
    TOO_MANY_REQUESTS,
    /** Read the request, then reset the connection without answering, recording nothing. */
    RESET,
    /** Record the proposals, then reset the connection without answering: the acknowledgement is lost. */
    ACCEPT_THEN_RESET,
    /** Never answer: hold the connection open until the server closes. */
    HOLD
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fault-gms");
    t.setDaemon(true);
    return t;
  });
  private final LongFunction<Fault> plan;
  private final int retryAfterSeconds;
  private final AtomicLong requests = new AtomicLong();
  private final Map<Fault, AtomicLong> faults = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private FaultInjectingGms(LongFunction<Fault> plan, int retryAfterSeconds) throws IOException {
    this.plan = plan;
    this.retryAfterSeconds = retryAfterSeconds;
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    threads.execute(this::acceptLoop);
  }

  /** A server applying {@code plan} to request number n (1, 2, ...); 429s carry {@code Retry-After}. */
  public static FaultInjectingGms start(LongFunction<Fault> plan, int retryAfterSeconds) {
    try {
      return new FaultInjectingGms(plan, retryAfterSeconds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The plan of the reliability runs, by request number n: of every 100 requests, five answer 503 (n % 100 in
   * 10, 30, 50, 70, 90), one answers 429 (n % 100 == 45) and one is reset without an answer (n % 100 == 77).
   */
  public static Fault standardPlan(long n) {
    int r = (int) (n % 100);
    if (r == 10 || r == 30 || r == 50 || r == 70 || r == 90) {
      return Fault.UNAVAILABLE;
    }
    if (r == 45) {
      return Fault.TOO_MANY_REQUESTS;
    }
    if (r == 77) {
      return Fault.RESET;
    }
    return Fault.NONE;
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  /** Requests received. */
  public long requests() {
    return requests.get();
  }

  /** Requests that got {@code fault}. */
  public long count(Fault fault) {
    AtomicLong n = faults.get(fault);
    return n == null ? 0 : n.get();
  }

  /** Distinct proposals accepted (recorded). */
  public int distinctAccepted() {
    return seen.size();
  }

  /** Extra receptions of proposals accepted more than once (a repeated request whose first try had landed). */
  public long duplicates() {
    return seen.values().stream().mapToLong(n -> n.get() - 1).sum();
  }

  /** Whether the proposal with this URN, aspect and run id was accepted. */
  public boolean accepted(String urn, String aspectName, String runId) {
    return seen.containsKey(key(urn, aspectName, runId));
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        s.setTcpNoDelay(true);
        open.add(s);
        threads.execute(() -> serve(s));
      } catch (IOException e) {
        if (!closed) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void serve(Socket s) {
    try (Socket connection = s) {
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      while (!closed) {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
          return;
        }
        int length = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
          int colon = header.indexOf(':');
          if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
            length = Integer.parseInt(header.substring(colon + 1).trim());
          }
        }
        byte[] body = in.readNBytes(length);
        long n = requests.incrementAndGet();
        Fault fault = plan.apply(n);
        faults.computeIfAbsent(fault, f -> new AtomicLong()).incrementAndGet();
        switch (fault) {
          case UNAVAILABLE:
            respond(out, 503, "Service Unavailable", MockServers.restliError(503, "injected: busy"), null);
            break;
          case TOO_MANY_REQUESTS:
            respond(out, 429, "Too Many Requests", MockServers.restliError(429, "injected: slow down"),
                "Retry-After: " + retryAfterSeconds);
            break;
          case RESET:
            reset(connection);
            return;
          case ACCEPT_THEN_RESET:
            record(requestLine, body);
            reset(connection);
            return;
          case HOLD:
            while (!closed && !connection.isClosed()) {
              try {
                Thread.sleep(50);
              } catch (InterruptedException e) {
                return;
              }
            }
            return;
          default:
            record(requestLine, body);
            respond(out, 200, "OK", "{\"value\":\"success\"}", null);
        }
      }
    } catch (SocketException e) {
      // the client went away, or the server closed
    } catch (IOException e) {
      if (!closed) {
        throw new UncheckedIOException(e);
      }
    } finally {
      open.remove(s);
    }
  }

  private void record(String requestLine, byte[] body) throws IOException {
    JsonNode json = WireJson.MAPPER.readTree(body);
    if (requestLine.contains("action=ingestProposalBatch")) {
      json.get("proposals").forEach(this::recordProposal);
    } else if (requestLine.contains("action=ingestProposal")) {
      recordProposal(json.get("proposal"));
    }
  }

  private void recordProposal(JsonNode proposal) {
    String key = key(proposal.path("entityUrn").asText(), proposal.path("aspectName").asText(),
        proposal.path("systemMetadata").path("runId").asText());
    seen.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  private static String key(String urn, String aspectName, String runId) {
    return urn + "\n" + aspectName + "\n" + runId;
  }

  private static void reset(Socket connection) throws IOException {
    connection.setSoLinger(true, 0);
    connection.close();
  }

  private static void respond(OutputStream out, int status, String reason, String body, String extraHeader)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
        + bytes.length + "\r\n" + (extraHeader == null ? "" : extraHeader + "\r\n") + "\r\n";
    ByteArrayOutputStream whole = new ByteArrayOutputStream(head.length() + bytes.length);
    whole.write(head.getBytes(StandardCharsets.US_ASCII));
    whole.write(bytes);
    out.write(whole.toByteArray());
    out.flush();
  }

  /** One CRLF-terminated line without its CRLF; null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    StringBuilder s = new StringBuilder(64);
    for (int c = in.read(); ; c = in.read()) {
      if (c < 0) {
        return s.length() == 0 ? null : s.toString();
      }
      if (c == '\n') {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == '\r') {
          s.setLength(end - 1);
        }
        return s.toString();
      }
      s.append((char) c);
    }
  }
}
