package io.mlmeta.bench.peer;

import com.linkedin.data.DataMap;
import com.linkedin.data.template.JacksonDataTemplateCodec;
import com.linkedin.mxe.MetadataChangeProposal;
import datahub.client.Callback;
import datahub.client.MetadataWriteResponse;
import datahub.client.rest.RestEmitter;
import datahub.event.EventFormatter;
import io.mlmeta.bench.child.Sdk;
import io.mlmeta.bench.child.Tally;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The peer, {@code io.acryl:datahub-client-java8}, driven through its {@code datahub.client.rest.RestEmitter} with
 * default settings: {@code emit(mcpw, null).get()} for a synchronous emit, {@code emit(mcpw, callback)} for the
 * asynchronous path. It has no batch API.
 */
public final class PeerSdk implements Sdk {
  private final RestEmitter emitter;
  private final EventFormatter formatter = new EventFormatter();
  private final JacksonDataTemplateCodec codec = new JacksonDataTemplateCodec();

  /** An emitter to {@code server}. */
  public PeerSdk(String server) {
    this.emitter = RestEmitter.create(b -> b.server(server));
  }

  @Override
  public void emitSync(int i) throws Exception {
    MetadataWriteResponse response = emitter.emit(PeerMcps.mcpw(i), null).get();
    if (!response.isSuccess()) {
      throw new IOException("not acknowledged: " + response.getResponseContent());
    }
  }

  @Override
  public void emitAsync(int i, Tally tally) throws IOException {
    emitter.emit(PeerMcps.mcpw(i), new Callback() {
      @Override
      public void onCompletion(MetadataWriteResponse response) {
        if (response.isSuccess()) {
          tally.ok();
        } else {
          tally.failed("HTTP answer " + response.getResponseContent());
        }
      }

      @Override
      public void onFailure(Throwable e) {
        tally.failed(e);
      }
    });
  }

  @Override
  public int emitAll(int from, int to) {
    throw new UnsupportedOperationException("the peer has no batch API");
  }

  /** What the peer's emit does before posting: EventFormatter.convert, then {"proposal": ...} as JSON text, bytes. */
  @Override
  public long buildAndSerialize(int i) throws IOException {
    MetadataChangeProposal mcp = formatter.convert(PeerMcps.mcpw(i));
    DataMap body = new DataMap();
    body.put("proposal", mcp.data());
    return codec.mapToString(body).getBytes(StandardCharsets.UTF_8).length;
  }

  @Override
  public void close() throws IOException {
    emitter.close();
  }
}
