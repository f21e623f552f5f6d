package io.mlmeta.aspect;

import java.util.List;

/**
 * A service-provider interface through which a module lists the aspect types it knows, so that readers can turn
 * aspect JSON into typed values. Register an implementation in
 * {@code META-INF/services/io.mlmeta.aspect.AspectCatalog}.
 */
public interface AspectCatalog {
  /** The aspect types this module defines. */
  List<AspectType<?>> aspectTypes();
}
