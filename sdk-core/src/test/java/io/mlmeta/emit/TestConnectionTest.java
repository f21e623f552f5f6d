package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.status;
import static io.mlmeta.emit.MockGms.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.error.DataHubAuthenticationException;
import io.mlmeta.error.DataHubException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** RestEmitter.testConnection: GET /config (wire.md section 2.6). */
class TestConnectionTest extends MockGmsTest {

  @Test
  void gmsAnswersNoCodeAndItsVersion() throws Exception {
    server.enqueue(status(200, "{\"noCode\": \"true\", \"versions\": {\"acryldata/datahub\": {\"version\": "
        + "\"v1.0.0\", \"commit\": \"abc123\"}}, \"datahub\": {\"serverType\": \"quickstart\", \"serverEnv\": "
        + "\"core\"}}"));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).token("t0k").build())) {
      ServerInfo info = emitter.testConnection();

      assertThat(info.version()).hasValue("v1.0.0");
      assertThat(info.commit()).hasValue("abc123");
      assertThat(info.serverType()).hasValue("quickstart");
      assertThat(info.serverEnv()).hasValue("core");
      assertThat(info.patchCapable()).as("not said").isFalse();
    }
    RecordedRequest request = take(server);
    assertThat(request.getRequestLine()).isEqualTo("GET /config HTTP/1.1");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer t0k");
  }

  @Test
  void aServerSaysWhetherItAppliesPatches() {
    server.enqueue(status(200, "{\"noCode\": \"true\", \"patchCapable\": true}"));
    server.enqueue(status(200, "{\"noCode\": \"true\", \"patchCapable\": \"true\"}"));
    server.enqueue(status(200, "{\"noCode\": \"true\", \"patchCapable\": false}"));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      assertThat(emitter.testConnection().patchCapable()).isTrue();
      assertThat(emitter.testConnection().patchCapable()).isTrue();
      assertThat(emitter.testConnection().patchCapable()).isFalse();
    }
  }

  @Test
  void frontendIsRecognizedAndTheGmsUrlSuggested() {
    server.enqueue(status(200, "{\"config\": {\"authentication\": {}}}"));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      assertThatThrownBy(emitter::testConnection)
          .isExactlyInstanceOf(DataHubException.class)
          .hasMessageContaining("frontend").hasMessageContaining("8080").hasMessageContaining("/api/gms");
    }
  }

  @Test
  void refusedTokenIsAnAuthenticationError() {
    server.enqueue(status(401, "{\"message\": \"Unauthorized\"}"));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).token("t0k").build())) {
      assertThatThrownBy(emitter::testConnection).isInstanceOf(DataHubAuthenticationException.class)
          .hasMessageContaining("GET /config").hasMessageNotContaining("t0k");
    }
  }
}
