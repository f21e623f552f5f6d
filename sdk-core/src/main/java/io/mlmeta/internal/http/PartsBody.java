package io.mlmeta.internal.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** A JSON request body written part by part (see {@link HttpCall#bodyParts()}); repeatable, for retries. */
final class PartsBody extends RequestBody {
  private static final MediaType JSON = MediaType.get("application/json");

  private final byte[][] parts;
  private final long length;

  PartsBody(byte[][] parts, long length) {
    this.parts = parts;
    this.length = length;
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    for (byte[] part : parts) {
      sink.write(part);
    }
  }
}
