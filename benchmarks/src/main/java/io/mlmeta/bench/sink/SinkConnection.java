package io.mlmeta.bench.sink;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/** Serves one sink connection: reads requests, checks and counts their proposals, waits the latency, answers. */
final class SinkConnection implements Runnable {
  private static final String SINGLE = "/aspects?action=ingestProposal";
  private static final String BATCH = "/aspects?action=ingestProposalBatch";
  private static final byte[] SUCCESS = response(200, "OK", "{\"value\":\"success\"}");

  private final Sink sink;
  private final Socket socket;

  SinkConnection(Sink sink, Socket socket) {
    this.sink = sink;
    this.socket = socket;
  }

  @Override
  public void run() {
    try {
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
      HttpRequestReader reader = new HttpRequestReader(new BufferedInputStream(socket.getInputStream(), 65536), out);
      HttpRequest request;
      while (sink.isOpen() && (request = reader.next()) != null) {
        long started = System.nanoTime();
        byte[] answer = handle(request);
        long wait = sink.latencyNanos();
        for (long left = wait; left > 0; left = started + wait - System.nanoTime()) {
          LockSupport.parkNanos(left);
        }
        out.write(answer);
        out.flush();
        if (request.close) {
          break;
        }
      }
    } catch (IOException e) {
      // the client went away or sent garbage: drop the connection
    } finally {
      sink.closed(socket);
    }
  }

  private byte[] handle(HttpRequest request) {
    SinkStats stats = sink.stats();
    boolean batch = BATCH.equals(request.target);
    if (!"POST".equals(request.method) || !(batch || SINGLE.equals(request.target))) {
      return refuse(stats, 404, "Not Found", request.method + " " + request.target + " is not served");
    }
    stats.bodyBytes.addAndGet(request.length);
    stats.firstBodyBytes.compareAndSet(null, request.length);
    int count;
    try {
      count = ProposalCheck.count(request.body, request.length, batch, aspect -> {
        if (stats.firstAspect.compareAndSet(null, aspect) || sink.takeDeepSample()) {
          ProposalCheck.deepCheck(aspect);
          stats.deepChecks.incrementAndGet();
        }
      });
    } catch (IllegalArgumentException e) {
      return refuse(stats, 400, "Bad Request", e.getMessage());
    }
    stats.proposals.addAndGet(count);
    (batch ? stats.batchRequests : stats.singleRequests).incrementAndGet();
    return SUCCESS;
  }

  private static byte[] refuse(SinkStats stats, int status, String reason, String message) {
    stats.refused.incrementAndGet();
    stats.firstRefusal.compareAndSet(null, status + " " + message);
    String safe = message.replace("\\", "\\\\").replace("\"", "'");
    return response(status, reason, "{\"message\":\"" + safe + "\",\"status\":" + status + "}");
  }

  private static byte[] response(int status, String reason, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }
}
