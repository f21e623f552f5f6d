package io.mlmeta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.internal.json.WireJson;
import java.io.IOException;

/**
 * The server's message in an error body: Rest.li's {@code {"message", "status", "stackTrace"}} (the stack trace
 * dropped), OpenAPI's {@code {"error"}/{"message"}}, or the start of a non-JSON body such as an HTML error page.
 */
public final class ErrorBody {
  static final int MAX_TEXT = 500;

  private ErrorBody() {}

  /** The message to report for {@code body}; empty for an empty body. */
  public static String message(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    JsonNode json = parse(body);
    if (json != null && json.isObject()) {
      String message = text(json, "message");
      String error = text(json, "error");
      if (message != null && error != null && !message.contains(error)) {
        return truncate(error + ": " + message);
      }
      if (message != null || error != null) {
        return truncate(message != null ? message : error);
      }
      ObjectNode rest = ((ObjectNode) json).deepCopy();
      rest.remove("stackTrace");
      return truncate(rest.toString());
    }
    return truncate(body.replaceAll("\\s+", " ").trim());
  }

  /** Whether {@code body} is an HTML page (a proxy's error or login page, the DataHub frontend), not JSON. */
  public static boolean isHtml(String body) {
    if (body == null) {
      return false;
    }
    String start = body.stripLeading();
    start = start.substring(0, Math.min(start.length(), 64)).toLowerCase(java.util.Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body");
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  private static JsonNode parse(String body) {
    String trimmed = body.trim();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      return WireJson.MAPPER.readTree(trimmed);
    } catch (IOException e) {
      return null;
    }
  }

  private static String truncate(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
  }
}
