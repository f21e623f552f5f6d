package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the examples write when no server is named: the directory {@code ./mlmeta-store} (or {@code $MLMETA_STORE})
 * holds the local store in {@code store/} and its export in {@code export.json}. Every example's {@code main}
 * connects through {@link #client()}.
 */
public final class Examples {
  /** Environment variable naming the examples' directory instead of {@code ./mlmeta-store}. */
  public static final String STORE_ENV = "MLMETA_STORE";
  /** The examples' directory when {@value #STORE_ENV} is unset, relative to the working directory. */
  public static final String DEFAULT_DIRECTORY = "mlmeta-store";

  private Examples() {}

  /** The examples' directory: {@code $MLMETA_STORE} if set, else {@code ./mlmeta-store}. */
  public static Path directory(Map<String, String> env) {
    String dir = env.get(STORE_ENV);
    return Path.of(dir == null || dir.isBlank() ? DEFAULT_DIRECTORY : dir).toAbsolutePath().normalize();
  }

  /**
   * The local store's directory inside {@code directory}. The store keeps only its own files in it, so the export
   * goes beside it ({@link #exportFile}).
   */
  public static Path storeDirectory(Path directory) {
    return directory.resolve("store");
  }

  /** Where the runner exports the local store: {@code export.json} in {@code directory}. */
  public static Path exportFile(Path directory) {
    return directory.resolve("export.json");
  }

  /**
   * A client for the server in {@code DATAHUB_GMS_URL} (token in {@code DATAHUB_GMS_TOKEN}) when that is set,
   * otherwise for the examples' local store.
   */
  public static DataHubClient client() {
    return DataHubClient.fromEnvOrLocal(storeDirectory(directory(System.getenv())));
  }
}
