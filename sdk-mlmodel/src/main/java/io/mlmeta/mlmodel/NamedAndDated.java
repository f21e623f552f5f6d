package io.mlmeta.mlmodel;

import java.time.Instant;

/** The display name and source-system times that models, groups and experiments share; for their builders. */
interface NamedAndDated<E> {
  /** Sets the name shown in DataHub. */
  E setDisplayName(String displayName);

  /** Sets when the entity was created in its platform. */
  E setCreated(Instant created);

  /** Sets when the entity was last changed in its platform. */
  E setLastModified(Instant lastModified);
}
