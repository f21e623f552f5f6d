package io.mlmeta.testing;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.MockWebServer;

/** MockWebServer set-up shared by the HTTP tests. */
public final class MockServers {
  private MockServers() {}

  /**
   * A MockWebServer whose sockets send without Nagle's delay: otherwise its two writes per response (headers, then
   * body) meet the client's delayed ACK and every exchange stalls about 40 ms.
   */
  public static MockWebServer noDelay() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
      }

      @Override
      public ServerSocket createServerSocket(int port) throws IOException {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        throw new UnsupportedOperationException();
      }
    });
    return server;
  }

  /** A Rest.li error body as GMS sends it, stack trace included. */
  public static String restliError(int status, String message) {
    String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(message));
    return "{\"exceptionClass\":\"com.linkedin.restli.server.RestLiServiceException\","
        + "\"stackTrace\":\"com.linkedin.restli.server.RestLiServiceException [HTTP Status:" + status + "]: "
        + quoted + "\\n\\tat com.linkedin.metadata.resources.entity.AspectResource.ingestProposal\","
        + "\"message\":\"" + quoted + "\",\"status\":" + status + "}";
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
