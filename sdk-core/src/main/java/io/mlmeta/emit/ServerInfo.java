package io.mlmeta.emit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a GMS server says about itself on {@code GET /config}, as returned by {@link RestEmitter#testConnection()}.
 */
public final class ServerInfo {
  private final String version;
  private final String commit;
  private final String serverType;
  private final String serverEnv;
  private final boolean patchCapable;

  ServerInfo(String version, String commit, String serverType, String serverEnv, boolean patchCapable) {
    this.version = version;
    this.commit = commit;
    this.serverType = serverType;
    this.serverEnv = serverEnv;
    this.patchCapable = patchCapable;
  }

  /** Reads the fields DataHub's clients read from a {@code /config} answer. */
  static ServerInfo fromConfig(JsonNode config) {
    JsonNode versions = config.path("versions").path("acryldata/datahub");
    JsonNode datahub = config.path("datahub");
    return new ServerInfo(text(versions, "version"), text(versions, "commit"), text(datahub, "serverType"),
        text(datahub, "serverEnv"), "true".equalsIgnoreCase(text(config, "patchCapable")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  /** The server's version, e.g. {@code v1.0.0}, from {@code versions["acryldata/datahub"].version}. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** The commit the server was built from. */
  public Optional<String> commit() {
    return Optional.ofNullable(commit);
  }

  /** The server's type, from {@code datahub.serverType} (e.g. {@code prod}, {@code quickstart}). */
  public Optional<String> serverType() {
    return Optional.ofNullable(serverType);
  }

  /** The server's environment, from {@code datahub.serverEnv}: {@code core} for open source, else DataHub Cloud. */
  public Optional<String> serverEnv() {
    return Optional.ofNullable(serverEnv);
  }

  /**
   * Whether the server has DataHub's write-tracing API ({@code /openapi/v1/trace/write}, needed by
   * {@link io.mlmeta.config.EmitMode#ASYNC_WAIT}): by its version, as DataHub's Python client decides it, DataHub
   * 1.0.1 or newer ({@code serverEnv} {@code core} or absent), DataHub Cloud 0.3.11 or newer (any other
   * {@code serverEnv}). False when the version is absent or unreadable.
   */
  public boolean apiTracing() {
    return ServerVersion.hasApiTracing(version, serverEnv);
  }

  /** Whether the server applies PATCH proposals ({@code patchCapable}: true); false when it does not say. */
  public boolean patchCapable() {
    return patchCapable;
  }

  @Override
  public String toString() {
    return "ServerInfo{version=" + version + ", commit=" + commit + ", serverType=" + serverType + ", serverEnv="
        + serverEnv + ", patchCapable=" + patchCapable + ", apiTracing=" + apiTracing() + "}";
  }
}
