package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class SocketReadTimeoutsTest {
  private final SocketReadTimeouts factory = new SocketReadTimeouts(150);

  @Test
  void noTimeoutFromOkHttpMeansTheConfiguredReadTimeoutAndOtherValuesPassThrough() throws Exception {
    try (Socket socket = factory.createSocket()) {
      assertThat(socket.getSoTimeout()).isEqualTo(150);
      socket.setSoTimeout(0);
      assertThat(socket.getSoTimeout()).isEqualTo(150);
      socket.setSoTimeout(1);
      assertThat(socket.getSoTimeout()).isEqualTo(1);
    }
  }

  @Test
  void aConnectedSocketTimesOutReadingFromASilentPeer() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket socket = factory.createSocket(InetAddress.getLoopbackAddress(), silent.getLocalPort());
        Socket accepted = silent.accept()) {
      socket.setSoTimeout(0);
      long start = System.nanoTime();

      assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(100L, 5_000L);
      assertThat(accepted.isConnected()).isTrue();
    }
  }
}
