package io.mlmeta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What DataHub's trace API says of one aspect write, read from its answer {@code {"<urn>": {"<aspect>": {"success":
 * bool, "primaryStorage": {"writeStatus": ..., "writeMessage": ..., "writeExceptions": [{"message": ...,
 * "exceptionClass": ...}]}, "searchStorage": {...}}}}} (upstream {@code
 * metadata-service/openapi-servlet/models/src/main/java/io/datahubproject/openapi/v1/models/TraceStatus.java},
 * {@code TraceStorageStatus.java}, {@code docs/advanced/api-tracing.md}): written, still pending, or failed.
 *
 * <p>A storage in {@code ERROR} fails the write, and so does {@code "success": false} (as DataHub's Python client
 * decides); otherwise a storage in {@code PENDING} keeps it pending; any other state ({@code ACTIVE_STATE},
 * {@code HISTORIC_STATE}, {@code NO_OP}, {@code UNKNOWN}, {@code TRACE_NOT_IMPLEMENTED} for timeseries aspects) is
 * taken as written. An aspect the answer does not mention is still pending.
 */
final class AspectTrace {
  static final String PRIMARY = "primaryStorage";
  static final String SEARCH = "searchStorage";
  private static final String PENDING = "PENDING";
  private static final String ERROR = "ERROR";

  enum State {
    WRITTEN, PENDING, FAILED
  }

  final State state;
  /** For PENDING: the storages still pending (empty when the answer did not mention the aspect). */
  final List<String> pendingStorages;
  /** For FAILED: the storage that failed (null if none said ERROR), its status, the server's text, why. */
  final String storage;
  final String writeStatus;
  final String serverMessage;
  final String reason;

  private AspectTrace(State state, List<String> pendingStorages, String storage, String writeStatus,
      String serverMessage, String reason) {
    this.state = state;
    this.pendingStorages = pendingStorages;
    this.storage = storage;
    this.writeStatus = writeStatus;
    this.serverMessage = serverMessage;
    this.reason = reason;
  }

  /** The status of {@code urn}'s {@code aspectName} in the trace API's {@code answer}. */
  static AspectTrace of(JsonNode answer, String urn, String aspectName) {
    JsonNode status = field(answer.path(urn), aspectName);
    if (status == null || !status.isObject()) {
      return new AspectTrace(State.PENDING, List.of(), null, null, null, null);
    }
    String primary = status.path(PRIMARY).path("writeStatus").asText("");
    String search = status.path(SEARCH).path("writeStatus").asText("");
    if (ERROR.equals(primary) || ERROR.equals(search)) {
      String failed = ERROR.equals(primary) ? PRIMARY : SEARCH;
      return new AspectTrace(State.FAILED, List.of(), failed, ERROR, errorText(status.path(failed)),
          "GMS failed to write it to " + failed);
    }
    if (status.path("success").isBoolean() && !status.path("success").asBoolean()) {
      String text = String.join("; ", errorText(status.path(PRIMARY)), errorText(status.path(SEARCH)))
          .replaceAll("^; |; $", "");
      return new AspectTrace(State.FAILED, List.of(), null, null, text, "the trace API reports success false ("
          + PRIMARY + " " + orNone(primary) + ", " + SEARCH + " " + orNone(search) + ")");
    }
    List<String> pending = new ArrayList<>(2);
    if (PENDING.equals(primary)) {
      pending.add(PRIMARY);
    }
    if (PENDING.equals(search)) {
      pending.add(SEARCH);
    }
    return new AspectTrace(pending.isEmpty() ? State.WRITTEN : State.PENDING, List.copyOf(pending), null, null, null,
        null);
  }

  /** {@code object}'s field {@code name}, or else the one whose name differs only in case (GMS resolves names). */
  private static JsonNode field(JsonNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null || !object.isObject()) {
      return exact;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return e.getValue();
      }
    }
    return null;
  }

  /** A storage's {@code writeMessage} and the messages (and classes) of its {@code writeExceptions}. */
  private static String errorText(JsonNode storage) {
    List<String> parts = new ArrayList<>();
    String message = storage.path("writeMessage").asText("");
    if (!message.isEmpty()) {
      parts.add(message);
    }
    for (JsonNode e : storage.path("writeExceptions")) {
      String text = e.path("message").asText("");
      String type = e.path("exceptionClass").asText("");
      parts.add(text + (type.isEmpty() ? "" : " (" + type + ")"));
    }
    return String.join("; ", parts);
  }

  private static String orNone(String status) {
    return status.isEmpty() ? "(no status)" : status;
  }
}
