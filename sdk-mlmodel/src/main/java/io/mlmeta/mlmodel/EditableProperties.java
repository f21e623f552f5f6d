package io.mlmeta.mlmodel;

import java.util.Map;

/** The properties-aspect fields that models, groups, deployments and experiments share; for their builders. */
interface EditableProperties<E> {
  /** Sets the description. */
  E setDescription(String description);

  /** Sets the link to the entity in its platform. */
  E setExternalUrl(String externalUrl);

  /** Replaces the custom properties. */
  E setCustomProperties(Map<String, String> customProperties);

  /** Sets custom property {@code key} to {@code value}, keeping the others. */
  E addCustomProperty(String key, String value);
}
