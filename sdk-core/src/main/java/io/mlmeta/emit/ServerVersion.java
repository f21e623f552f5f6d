package io.mlmeta.emit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GMS version as {@code /config} reports it ({@code v1.0.1}, {@code 1.2.0.3rc1}, {@code v0.3.11-acryl}), compared
 * as DataHub's Python client compares it ({@code metadata-ingestion/src/datahub/utilities/server_config_util.py}):
 * a leading {@code v} dropped, three or four numbers, a suffix ignored.
 */
final class ServerVersion {
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");
  /** Write tracing (and the OpenAPI SDK) need DataHub core 1.0.1 ... */
  private static final int[] TRACING_CORE = {1, 0, 1, 0};
  /** ... or DataHub Cloud 0.3.11. */
  private static final int[] TRACING_CLOUD = {0, 3, 11, 0};

  private ServerVersion() {}

  /**
   * Whether a server of {@code version} (null: unknown) in {@code serverEnv} ({@code core}, absent or empty for open
   * source; anything else is DataHub Cloud) has the write-tracing API.
   */
  static boolean hasApiTracing(String version, String serverEnv) {
    boolean cloud = serverEnv != null && !serverEnv.isEmpty() && !"core".equals(serverEnv);
    return atLeast(version, cloud ? TRACING_CLOUD : TRACING_CORE);
  }

  /** Whether {@code version} is at least {@code wanted}; false when it is unknown or not a version. */
  static boolean atLeast(String version, int[] wanted) {
    if (version == null) {
      return false;
    }
    Matcher m = VERSION.matcher(version.trim());
    if (!m.matches()) {
      return false;
    }
    for (int i = 0; i < wanted.length; i++) {
      String group = m.group(i + 1);
      int part = group == null ? 0 : Integer.parseInt(group);
      if (part != wanted[i]) {
        return part > wanted[i];
      }
    }
    return true;
  }
}
