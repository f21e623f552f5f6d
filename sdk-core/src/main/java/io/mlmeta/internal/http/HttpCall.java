package io.mlmeta.internal.http;

import io.mlmeta.internal.json.ByteParts;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.List;
import java.util.Objects;

/**
 * One HTTP request to GMS as the emitter plans it: method, path relative to the server (with query), JSON body,
 * and the URN and aspect it is about (for error messages; null for a batch).
 */
public final class HttpCall {
  private final String method;
  private final String path;
  private final byte[][] body;
  private final String urn;
  private final String aspectName;

  /** A request; {@code body} is null for GET, {@code urn}/{@code aspectName} null when not about one aspect. */
  public HttpCall(String method, String path, byte[] body, String urn, String aspectName) {
    this(method, path, body == null ? null : new byte[][] {body}, urn, aspectName);
  }

  private HttpCall(String method, String path, byte[][] body, String urn, String aspectName) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.body = body;
    this.urn = urn;
    this.aspectName = aspectName;
  }

  /** A request whose body is {@code bodyParts} one after the other (see {@link ByteParts}). */
  public static HttpCall ofParts(String method, String path, byte[][] bodyParts, String urn, String aspectName) {
    return new HttpCall(method, path, Objects.requireNonNull(bodyParts, "bodyParts"), urn, aspectName);
  }

  /**
   * A batch request to {@code target}'s method and path with {@code body}; about the one proposal when the batch
   * holds only one, so that its errors name it.
   */
  public static HttpCall batch(HttpCall target, byte[][] bodyParts, List<MetadataChangeProposal> mcps) {
    MetadataChangeProposal only = mcps.size() == 1 ? mcps.get(0) : null;
    return new HttpCall(target.method, target.path, bodyParts, only == null ? null : only.entityUrn().toString(),
        only == null ? null : only.aspectName());
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path and query, starting with {@code /}. */
  public String path() {
    return path;
  }

  /** The JSON body as the parts that make it up, not to be modified; null for none. */
  byte[][] bodyParts() {
    return body;
  }

  /** The length of the body in bytes, 0 for none. */
  public long bodyLength() {
    return body == null ? 0 : ByteParts.length(body);
  }

  /** The URN the request is about, or null. */
  public String urn() {
    return urn;
  }

  /** The aspect the request is about, or null. */
  public String aspectName() {
    return aspectName;
  }

  /** This request, said to be about {@code urn} and {@code aspectName} (for per-proposal error messages). */
  public HttpCall about(String urn, String aspectName) {
    return new HttpCall(method, path, body, urn, aspectName);
  }

  @Override
  public String toString() {
    return method + " " + path + (urn == null ? "" : " (" + urn + ", " + aspectName + ")");
  }
}
