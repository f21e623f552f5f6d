package io.mlmeta.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's own version, read from the jar's {@code mlmeta-version.properties}. */
public final class SdkVersion {
  /** The client id sent in system metadata and the User-Agent. */
  public static final String CLIENT_ID = "mlmeta";
  /** The version, e.g. {@code 0.1.0}. */
  public static final String VERSION = load();

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/mlmeta-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
