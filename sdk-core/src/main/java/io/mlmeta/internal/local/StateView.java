package io.mlmeta.internal.local;

import io.mlmeta.urn.Urn;
import java.util.Set;

/** What a write is checked against: the aspects as they stand. */
interface StateView {
  /** The latest record of aspect {@code key} (for a timeseries aspect, its latest event); null when absent. */
  AspectRecord current(AspectKey key);

  /** The names of the aspects {@code urn} has, versioned and timeseries. */
  Set<String> aspectNames(Urn urn);
}
