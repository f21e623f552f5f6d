package io.mlmeta.read;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.urn.Urn;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads metadata back from DataHub (or the local store): one aspect, a whole entity, existence, relationships.
 * Absence is never an error: an entity or aspect that is not there gives an empty result. Implementations are
 * thread-safe.
 *
 * <pre>{@code
 * Optional<Ownership> owners = reader.getAspect(deploymentUrn, Ownership.TYPE);
 * }</pre>
 */
public interface MetadataReader {
  /**
   * The latest version of aspect {@code type} of {@code urn}, with its system metadata; empty if absent.
   *
   * @throws io.mlmeta.error.DataHubException if the server cannot be read
   */
  <A extends Aspect> Optional<VersionedAspect<A>> getVersionedAspect(Urn urn, AspectType<A> type);

  /** The latest version of aspect {@code type} of {@code urn}; empty if absent. */
  default <A extends Aspect> Optional<A> getAspect(Urn urn, AspectType<A> type) {
    return getVersionedAspect(urn, type).map(VersionedAspect::aspect);
  }

  /** Every aspect of {@code urn}; empty if the entity does not exist. */
  Optional<EntityAspects> getEntity(Urn urn);

  /** Whether {@code urn} exists (has its key aspect). */
  boolean exists(Urn urn);

  /**
   * The edges of the given {@code types} at {@code urn}, following {@code direction}; all pages, fetched lazily as
   * the stream is consumed. Close the stream if you stop early.
   *
   * <p>{@code types} must name at least one relationship type, on every reader alike: GMS's
   * {@code GET /relationships} takes the types as a required parameter and has no "every type" (what an empty list
   * does there depends on the server's graph store), so the local store does not offer one either. Name the types
   * you follow, e.g. {@code Set.of("DeployedTo", "MemberOf")}.
   *
   * @throws IllegalArgumentException if {@code types} is empty or holds an empty type; nothing is read then
   */
  Stream<Relationship> relationships(Urn urn, Set<String> types, RelationshipDirection direction);
}
