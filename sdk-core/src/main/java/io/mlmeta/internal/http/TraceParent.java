package io.mlmeta.internal.http;

import java.util.regex.Pattern;

/**
 * Reads the trace id out of a W3C Trace Context {@code traceparent} header ({@code version-traceid-parentid-flags},
 * e.g. {@code 00-00062c53a468cbd8077e7dd079846870-9199effb49910b4e-01}), which GMS adds to its API answers and
 * its trace API takes (upstream {@code metadata-ingestion/src/datahub/emitter/response_helper.py} and
 * {@code docs/advanced/api-tracing.md}).
 */
final class TraceParent {
  static final String HEADER = "traceparent";
  /** A trace id as the trace API's path takes it: hex digits only, so it needs no escaping in a URL. */
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,64}");

  private TraceParent() {}

  /** The trace id of {@code header}: its second field, or the whole value if it is a bare id; null if none. */
  static String traceId(String header) {
    if (header == null) {
      return null;
    }
    String value = header.trim();
    String[] fields = value.split("-", -1);
    String id = fields.length >= 2 ? fields[1] : value;
    return HEX.matcher(id).matches() ? id : null;
  }
}
