package io.mlmeta.internal.json;

import java.util.Map;

/** The name of each entity type's key aspect: {@code <entityType>Key}, but for a few irregular names. */
public final class KeyAspects {
  private static final Map<String, String> IRREGULAR = Map.of("corpuser", "corpUserKey");

  private KeyAspects() {}

  /** The key aspect of {@code entityType}, e.g. {@code mlModelKey}. */
  public static String keyAspectName(String entityType) {
    return IRREGULAR.getOrDefault(entityType, entityType + "Key");
  }

  /** Whether {@code aspectName} is the key aspect of {@code entityType}. */
  public static boolean isKeyAspect(String entityType, String aspectName) {
    return aspectName.equals(keyAspectName(entityType));
  }
}
