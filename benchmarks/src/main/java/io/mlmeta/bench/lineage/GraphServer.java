package io.mlmeta.bench.lineage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.local.LocalStore;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.Urn;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A loopback stand-in for GMS's Rest.li {@code GET /relationships} (wire.md §3: {@code urn}, {@code types=List(..)},
 * {@code direction}, {@code start}, {@code count}; answer {@code {"start","count","total","relationships":[{"type",
 * "entity"}]}}), answered from a local store after an added latency, over HTTP/1.1 keep-alive on 127.0.0.1, one
 * thread per connection. Each distinct request is answered from the store once and then from a table: GMS runs on
 * its own machine, so its work should not take this 2-core machine's CPU from the client being measured. Any other
 * request is a 404, as an absent aspect is on GMS. Counts the requests.
 */
final class GraphServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] NOT_FOUND = "{\"status\":404,\"message\":\"Resource not found\"}"
      .getBytes(StandardCharsets.UTF_8);

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "graph-server");
    t.setDaemon(true);
    return t;
  });
  private final LocalStore store;
  private final long latencyMillis;
  private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private volatile boolean closed;

  GraphServer(LocalStore store, long latencyMillis) throws IOException {
    this.store = store;
    this.latencyMillis = latencyMillis;
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    connections.execute(this::accept);
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** The requests answered so far. */
  long requests() {
    return requests.get();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        connections.execute(() -> serve(socket));
      } catch (IOException e) {
        if (!closed) {
          System.err.println("graph server: " + e);
        }
      }
    }
  }

  /** Answers the requests of one connection until the client closes it. */
  private void serve(Socket socket) {
    try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      while (true) {
        String requestLine = line(in);
        if (requestLine == null) {
          return;
        }
        boolean close = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
          close |= header.toLowerCase(Locale.ROOT).equals("connection: close");
        }
        String[] parts = requestLine.split(" ");
        byte[] body = parts[0].equals("GET") && parts[1].startsWith("/relationships?")
            ? answers.computeIfAbsent(parts[1], this::answer) : null;
        requests.incrementAndGet();
        if (latencyMillis > 0) {
          Thread.sleep(latencyMillis);
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream(256 + (body == null ? 64 : body.length));
        byte[] content = body == null ? NOT_FOUND : body;
        response.write(((body == null ? "HTTP/1.1 404 Not Found" : "HTTP/1.1 200 OK")
            + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        response.write(content);
        out.write(response.toByteArray());
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The answer to request target {@code target}, from the store. */
  private byte[] answer(String target) {
    Map<String, String> query = query(URI.create(target).getRawQuery());
    Urn urn = Urn.parse(query.get("urn"));
    String types = query.get("types");
    Set<String> names = new LinkedHashSet<>(Arrays.asList(types.substring(5, types.length() - 1).split(",")));
    int start = Integer.parseInt(query.getOrDefault("start", "0"));
    int count = Integer.parseInt(query.getOrDefault("count", "100"));
    List<Relationship> all = store.relationships(urn, names, RelationshipDirection.valueOf(query.get("direction")))
        .collect(Collectors.toList());
    List<Relationship> page = all.subList(Math.min(start, all.size()), Math.min(start + count, all.size()));
    ObjectNode body = JSON.createObjectNode().put("start", start).put("count", page.size()).put("total", all.size());
    ArrayNode edges = body.putArray("relationships");
    page.forEach(r -> edges.addObject().put("type", r.type()).put("entity", r.entity().toString()));
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return out;
  }

  /** One CRLF-terminated line, or null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        return null;
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    connections.shutdownNow();
  }
}
