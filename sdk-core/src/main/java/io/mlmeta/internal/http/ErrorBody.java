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
  static final int MAX_FOREIGN_TEXT = 200;

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

  /**
   * Whether {@code body} is an error as DataHub GMS writes one: a JSON object with Rest.li's
   * {@code exceptionClass} or a numeric {@code status} (Rest.li, and the Spring error body of GMS's OpenAPI
   * routes), or OpenAPI's textual {@code error}. Another server's 404 page (HTML, plain text, empty) is not.
   */
  public static boolean isDataHubError(String body) {
    JsonNode json = body == null ? null : parse(body);
    return json != null && json.isObject() && (json.path("exceptionClass").isTextual()
        || json.path("status").isNumber() || json.path("error").isTextual());
  }

  /**
   * A short text for a body from a server that is not GMS: the text of an HTML page without its tags, head and
   * scripts, else {@link #message}; at most {@value #MAX_FOREIGN_TEXT} characters.
   */
  public static String foreignText(String body) {
    if (!isHtml(body)) {
      String message = message(body);
      return message.length() <= MAX_FOREIGN_TEXT ? message : message.substring(0, MAX_FOREIGN_TEXT) + "...";
    }
    String text = body.replaceAll("(?is)<(head|script|style)\\b.*?</\\1\\s*>", " ")
        .replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&")
        .replaceAll("\\s+", " ").trim();
    return text.length() <= MAX_FOREIGN_TEXT ? text : text.substring(0, MAX_FOREIGN_TEXT) + "...";
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
