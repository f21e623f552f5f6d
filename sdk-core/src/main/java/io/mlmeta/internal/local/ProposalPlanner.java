package io.mlmeta.internal.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.internal.JacksonCompat;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Decides what a proposal does to the store, as GMS would: checks its conditional-write headers and change-type
 * preconditions against a {@link StateView}, applies patches, validates the result against the aspect's type, and
 * gives the record to write. Changes nothing itself.
 */
final class ProposalPlanner {
  static final String ABSENT = "-1";
  private static final String CREATE_EXISTS = "Cannot perform CREATE since the aspect already exists.";
  private static final String CREATE_ENTITY_EXISTS =
      "Cannot perform CREATE_ENTITY if not exists since the entity key already exists.";

  private final AspectKinds kinds;
  private final StoreErrors errors;
  private final LongSupplier clock;

  ProposalPlanner(AspectKinds kinds, StoreErrors errors, LongSupplier clock) {
    this.kinds = kinds;
    this.errors = errors;
    this.clock = clock;
  }

  /**
   * The record {@code mcp} writes; empty when it changes nothing (a CREATE dropped by {@code If-None-Match: *}, the
   * DELETE of an absent aspect).
   *
   * @throws DataHubServerException if a precondition fails or the proposal cannot be applied
   */
  Optional<AspectRecord> plan(MetadataChangeProposal mcp, StateView view) {
    for (String header : mcp.headers().keySet()) {
      if (header.equalsIgnoreCase("If-Modified-Since") || header.equalsIgnoreCase("If-Unmodified-Since")) {
        throw errors.invalid(mcp, "the local store does not evaluate the " + header + " header");
      }
    }
    AspectKey key = new AspectKey(mcp.entityUrn(), mcp.aspectName());
    boolean timeseries = mcp.aspect().filter(a -> !(a instanceof RawAspect))
        .map(a -> a.aspectType().isTimeseries())
        .orElseGet(() -> kinds.isTimeseries(mcp.aspectName()));
    return timeseries ? planEvent(mcp, key, view) : planVersioned(mcp, key, view);
  }

  private Optional<AspectRecord> planVersioned(MetadataChangeProposal mcp, AspectKey key, StateView view) {
    AspectRecord current = view.current(key);
    ChangeType change = mcp.changeType();
    boolean creating = change == ChangeType.CREATE || change == ChangeType.CREATE_ENTITY;
    String actual = creating || current == null ? ABSENT : Long.toString(current.version());
    String expected = header(mcp, MetadataChangeProposal.IF_VERSION_MATCH);
    if (expected != null && !expected.trim().equals(actual)) {
      throw errors.conflict(mcp, "Expected version " + expected.trim() + ", actual version " + actual);
    }
    boolean dropIfExists = "*".equals(header(mcp, MetadataChangeProposal.IF_NONE_MATCH));
    if (change == ChangeType.CREATE && current != null) {
      if (dropIfExists) {
        return Optional.empty();
      }
      throw errors.conflict(mcp, CREATE_EXISTS);
    }
    if (change == ChangeType.CREATE_ENTITY && !view.aspectNames(key.urn()).isEmpty()) {
      if (dropIfExists) {
        return Optional.empty();
      }
      throw errors.conflict(mcp, CREATE_ENTITY_EXISTS);
    }
    if (change == ChangeType.DELETE) {
      return current == null ? Optional.empty() : Optional.of(AspectRecord.delete(key.urn(), key.aspectName(), false));
    }
    ObjectNode json = change == ChangeType.PATCH ? patched(mcp, current) : json(mcp, mcp.aspect().get());
    checkFits(mcp, json);
    long version = current == null ? 1 : current.version() + 1;
    return Optional.of(AspectRecord.write(key.urn(), key.aspectName(), false, json,
        systemMetadata(mcp, Long.toString(version))));
  }

  private Optional<AspectRecord> planEvent(MetadataChangeProposal mcp, AspectKey key, StateView view) {
    if (header(mcp, MetadataChangeProposal.IF_VERSION_MATCH) != null) {
      throw errors.invalid(mcp, "timeseries aspect " + mcp.aspectName() + " has no versions; "
          + MetadataChangeProposal.IF_VERSION_MATCH + " does not apply to it");
    }
    if (mcp.changeType() == ChangeType.DELETE) {
      return view.current(key) == null ? Optional.empty()
          : Optional.of(AspectRecord.delete(key.urn(), key.aspectName(), true));
    }
    if (mcp.changeType() != ChangeType.UPSERT) {
      throw errors.invalid(mcp, mcp.changeType() + " is not supported for timeseries aspect " + mcp.aspectName()
          + "; its events are written with UPSERT");
    }
    ObjectNode json = json(mcp, mcp.aspect().get());
    if (!json.path("timestampMillis").canConvertToLong()) {
      throw errors.invalid(mcp, "timeseries aspect " + mcp.aspectName() + " needs a timestampMillis");
    }
    checkFits(mcp, json);
    return Optional.of(AspectRecord.write(key.urn(), key.aspectName(), true, json, systemMetadata(mcp, null)));
  }

  private ObjectNode patched(MetadataChangeProposal mcp, AspectRecord current) {
    ObjectNode json;
    try {
      json = JsonPatcher.apply(mcp.aspectName(), current == null ? null : current.json(), mcp.patch().get());
    } catch (IllegalArgumentException e) {
      throw errors.invalid(mcp, e.getMessage());
    }
    long bytes = StoreLimits.length(json);
    if (bytes > StoreLimits.MAX_ASPECT_BYTES) {
      throw errors.invalid(mcp, "patched, " + StoreLimits.aspectTooLarge(bytes));
    }
    return json;
  }

  /** The aspect's JSON tree, refused before it is parsed when it is above the store's limit. */
  private ObjectNode json(MetadataChangeProposal mcp, Aspect aspect) {
    String text;
    try {
      text = AspectCodec.toJson(aspect);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw errors.invalid(mcp, "the aspect cannot be encoded: " + e.getMessage());
    }
    if (text.length() > StoreLimits.MAX_ASPECT_BYTES) {
      throw errors.invalid(mcp, StoreLimits.aspectTooLarge(text.length()));
    }
    try {
      if (!JacksonCompat.hasReadLimits() && !StoreLimits.withinNumberAndNestingLimits(text)) {
        throw beyondLimits(mcp);
      }
      JsonNode json = StoreLimits.ASPECT_MAPPER.readTree(text);
      if (!json.isObject()) {
        throw errors.invalid(mcp, "the aspect is not a JSON object");
      }
      return (ObjectNode) json;
    } catch (JsonProcessingException e) {
      if (JacksonCompat.isReadLimit(e)) {
        throw beyondLimits(mcp);
      }
      throw errors.invalid(mcp, "the aspect is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private DataHubValidationException beyondLimits(MetadataChangeProposal mcp) {
    return errors.invalid(mcp, "the aspect's JSON goes beyond the local store's limits (numbers of at most "
        + StoreLimits.MAX_NUMBER_DIGITS + " digits, nesting at most " + StoreLimits.MAX_NESTING_DEPTH + " deep)");
  }

  /**
   * Refuses JSON that does not fit the aspect's known type, or a type the entity cannot carry; an aspect built as
   * that very type fits by construction.
   */
  private void checkFits(MetadataChangeProposal mcp, ObjectNode json) {
    Optional<AspectType<?>> type = kinds.type(mcp.aspectName());
    if (type.isEmpty() || mcp.aspect().map(a -> a.aspectType() == type.get()).orElse(false)) {
      return;
    }
    if (!type.get().appliesTo(mcp.entityType())) {
      throw errors.invalid(mcp, "aspect " + mcp.aspectName() + " cannot be attached to a " + mcp.entityType()
          + "; it belongs to " + type.get().entityTypes());
    }
    try {
      AspectCodec.fromTree(type.get(), json);
    } catch (IllegalArgumentException e) {
      throw errors.invalid(mcp, e.getMessage());
    }
  }

  private SystemMetadata systemMetadata(MetadataChangeProposal mcp, String version) {
    SystemMetadata given = mcp.systemMetadata().orElseGet(() -> SystemMetadata.builder().build());
    SystemMetadata.Builder out = given.toBuilder().version(Optional.ofNullable(version));
    if (given.lastObserved() == 0) {
      out.lastObserved(clock.getAsLong());
    }
    return out.build();
  }

  private static String header(MetadataChangeProposal mcp, String name) {
    for (var header : mcp.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }
}
