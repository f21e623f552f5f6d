package io.mlmeta.bench.kafka;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A schema registry on 127.0.0.1 that answers {@code POST /subjects/{subject}/versions} with {@code {"id":1}}, as
 * Confluent's and GMS's registries do for a known subject; the emitter asks it once per run.
 */
final class LoopbackRegistry implements AutoCloseable {
  private final HttpServer server;

  private LoopbackRegistry(HttpServer server) {
    this.server = server;
  }

  static LoopbackRegistry start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/subjects/", exchange -> {
      byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
      exchange.getRequestBody().readAllBytes();
      boolean register = exchange.getRequestMethod().equals("POST")
          && exchange.getRequestURI().getPath().endsWith("/versions");
      exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
      exchange.sendResponseHeaders(register ? 200 : 404, register ? body.length : -1);
      if (register) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
    return new LoopbackRegistry(server);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
