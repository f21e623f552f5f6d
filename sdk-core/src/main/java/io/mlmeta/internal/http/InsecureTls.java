package io.mlmeta.internal.http;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** What {@code insecureSkipTlsVerification(true)} does: trust every certificate and every host name. */
final class InsecureTls {
  private InsecureTls() {}

  static void apply(OkHttpClient.Builder b) {
    X509TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      b.sslSocketFactory(context.getSocketFactory(), trustAll).hostnameVerifier((host, session) -> true);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS without verification: " + e.getMessage(), e);
    }
  }
}
