package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which servers have the write-tracing API, by version, as DataHub's Python client decides (upstream {@code
 * metadata-ingestion/src/datahub/utilities/server_config_util.py}: core 1.0.1, cloud 0.3.11).
 */
class ServerVersionTest {

  @Test
  void coreHasTracingFrom101() {
    assertThat(ServerVersion.hasApiTracing("v1.0.1", "core")).isTrue();
    assertThat(ServerVersion.hasApiTracing("1.2.0", null)).isTrue();
    assertThat(ServerVersion.hasApiTracing("v1.0.0", "core")).isFalse();
    assertThat(ServerVersion.hasApiTracing("v0.15.0.4", "")).isFalse();
  }

  @Test
  void cloudHasTracingFrom0311() {
    assertThat(ServerVersion.hasApiTracing("v0.3.11", "cloud")).isTrue();
    assertThat(ServerVersion.hasApiTracing("v0.3.10.9", "cloud")).isFalse();
    assertThat(ServerVersion.hasApiTracing("v0.3.12rc1", "prod")).isTrue();
  }

  @Test
  void suffixesAndAFourthNumberAreReadLikeUpstream() {
    assertThat(ServerVersion.hasApiTracing("v1.0.1rc3", "core")).isTrue();
    assertThat(ServerVersion.hasApiTracing("v1.0.0.9-SNAPSHOT", "core")).isFalse();
    assertThat(ServerVersion.hasApiTracing("v1.0.10", "core")).isTrue();
  }

  @Test
  void anUnknownOrUnreadableVersionHasNoTracing() {
    assertThat(ServerVersion.hasApiTracing(null, "core")).isFalse();
    assertThat(ServerVersion.hasApiTracing("null", "core")).isFalse();
    assertThat(ServerVersion.hasApiTracing("head", "core")).isFalse();
  }
}
