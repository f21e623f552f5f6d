package io.mlmeta.bench.sink;

/** One HTTP/1.1 request as the sink read it: method, target, whether the client asked to close, and the body. */
final class HttpRequest {
  final String method;
  final String target;
  final boolean close;
  final byte[] body;
  final int length;

  HttpRequest(String method, String target, boolean close, byte[] body, int length) {
    this.method = method;
    this.target = target;
    this.close = close;
    this.body = body;
    this.length = length;
  }
}
