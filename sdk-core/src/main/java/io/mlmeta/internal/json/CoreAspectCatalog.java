package io.mlmeta.internal.json;

import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.Status;
import java.util.List;

/** The aspect types sdk-core defines. */
public final class CoreAspectCatalog implements AspectCatalog {
  @Override
  public List<AspectType<?>> aspectTypes() {
    return List.of(Status.TYPE, Ownership.TYPE);
  }
}
