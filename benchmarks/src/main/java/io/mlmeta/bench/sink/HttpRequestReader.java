package io.mlmeta.bench.sink;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads HTTP/1.1 requests from one connection: request line, headers, and a body sized by {@code Content-Length}
 * or sent chunked; answers {@code Expect: 100-continue}. Bodies above {@link #MAX_BODY} are refused. Not a general
 * server: just enough for the two SDKs' POSTs.
 */
final class HttpRequestReader {
  static final int MAX_BODY = 64 << 20;
  private static final int MAX_LINE = 16 * 1024;
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final InputStream in;
  private final OutputStream out;
  private final StringBuilder line = new StringBuilder(128);
  private byte[] buffer = new byte[16 * 1024];

  HttpRequestReader(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  /** The next request, or null when the client closed the connection between requests. */
  HttpRequest next() throws IOException {
    String requestLine = readLine(true);
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x request line: " + requestLine);
    }
    long contentLength = -1;
    boolean chunked = false;
    boolean close = parts[2].equals("HTTP/1.0");
    boolean expectContinue = false;
    for (String header = readLine(false); !header.isEmpty(); header = readLine(false)) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new IOException("malformed header: " + header);
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length":
          contentLength = Long.parseLong(value);
          break;
        case "transfer-encoding":
          chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          break;
        case "connection":
          close = value.equalsIgnoreCase("close");
          break;
        case "expect":
          expectContinue = value.equalsIgnoreCase("100-continue");
          break;
        default:
          break;
      }
    }
    if (expectContinue) {
      out.write(CONTINUE);
      out.flush();
    }
    int length;
    if (chunked) {
      length = readChunked();
    } else if (contentLength > MAX_BODY) {
      throw new IOException("body of " + contentLength + " bytes is above the sink's limit");
    } else {
      length = (int) Math.max(0, contentLength);
      ensure(length);
      readFully(0, length);
    }
    return new HttpRequest(parts[0], parts[1], close, buffer, length);
  }

  private int readChunked() throws IOException {
    int length = 0;
    while (true) {
      String sizeLine = readLine(false);
      int semicolon = sizeLine.indexOf(';');
      int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        while (!readLine(false).isEmpty()) {
          // trailers: ignored
        }
        return length;
      }
      if ((long) length + size > MAX_BODY) {
        throw new IOException("chunked body above the sink's limit");
      }
      ensure(length + size);
      readFully(length, size);
      length += size;
      if (!readLine(false).isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  private void ensure(int size) {
    if (buffer.length < size) {
      byte[] bigger = new byte[Math.max(size, buffer.length * 2)];
      System.arraycopy(buffer, 0, bigger, 0, buffer.length);
      buffer = bigger;
    }
  }

  private void readFully(int offset, int length) throws IOException {
    int done = 0;
    while (done < length) {
      int r = in.read(buffer, offset + done, length - done);
      if (r < 0) {
        throw new EOFException("connection closed inside a body");
      }
      done += r;
    }
  }

  /** A line without its CRLF; null at end of stream only if {@code eofOk} and nothing was read. */
  private String readLine(boolean eofOk) throws IOException {
    line.setLength(0);
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (eofOk && line.length() == 0) {
          return null;
        }
        throw new EOFException("connection closed inside a request head");
      }
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() >= MAX_LINE) {
        throw new IOException("request head line too long");
      }
      line.append((char) b);
    }
  }
}
