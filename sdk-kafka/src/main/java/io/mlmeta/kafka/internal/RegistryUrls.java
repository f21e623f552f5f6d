package io.mlmeta.kafka.internal;

import okhttp3.HttpUrl;

/** Registry URLs as they may be shown: without user name or password. */
public final class RegistryUrls {
  private RegistryUrls() {}

  /** {@code url} without its user info; the scheme and host only when it does not parse. */
  public static String redacted(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      int at = url.lastIndexOf('@');
      return at < 0 ? url : "<user info hidden>" + url.substring(at);
    }
    String s = parsed.newBuilder().username("").password("").build().toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
