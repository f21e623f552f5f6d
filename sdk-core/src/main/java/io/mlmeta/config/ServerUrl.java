package io.mlmeta.config;

import java.util.Locale;
import okhttp3.HttpUrl;

/** Checks and normalizes the GMS base URL. */
final class ServerUrl {
  private ServerUrl() {}

  static String normalize(String server) {
    if (server == null || server.isBlank()) {
      throw new IllegalArgumentException("server must be an http:// or https:// URL but was "
          + (server == null ? "null" : "'" + server + "'"));
    }
    String lower = server.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      throw new IllegalArgumentException("server must be an http:// or https:// URL but was '" + server
          + "'; did you mean 'http://" + server + "'?");
    }
    HttpUrl url = HttpUrl.parse(server);
    if (url == null) {
      throw new IllegalArgumentException("server is not a valid URL: '" + server + "'");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("server must be a base URL without query or fragment but was '"
          + server + "'");
    }
    String text = url.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }
}
