package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.ok;
import static io.mlmeta.emit.MockGms.take;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** RestEmitter.fromEnv: the token goes out as a Bearer header, and no header at all without one. */
class RestEmitterEnvTest extends MockGmsTest {

  @Test
  void tokenFromTheEnvironmentIsSentAsBearer() throws Exception {
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.fromEnv(Map.of(
        "DATAHUB_GMS_URL", server.url("/").toString(), "DATAHUB_GMS_TOKEN", "env-token"))) {
      emitter.emit(MockGms.status("churn"));
    }
    assertThat(take(server).getHeader("Authorization")).isEqualTo("Bearer env-token");
  }

  @Test
  void noTokenInTheEnvironmentSendsNoAuthorizationHeader() throws Exception {
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.fromEnv(Map.of("DATAHUB_GMS_URL", server.url("/").toString()))) {
      emitter.emit(MockGms.status("churn"));
    }
    assertThat(take(server).getHeaders().names()).doesNotContain("Authorization");
  }
}
