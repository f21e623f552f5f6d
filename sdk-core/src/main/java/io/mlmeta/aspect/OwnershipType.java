package io.mlmeta.aspect;

/**
 * The kind of an owner ({@code com.linkedin.common.OwnershipType}). Use {@link #CUSTOM} with
 * {@link Owner#typeUrn()} for an ownership type defined in DataHub.
 */
public enum OwnershipType {
  CUSTOM, TECHNICAL_OWNER, BUSINESS_OWNER, DATA_STEWARD, NONE,
  /** @deprecated use {@link #TECHNICAL_OWNER}. */
  @Deprecated DEVELOPER,
  /** @deprecated use {@link #BUSINESS_OWNER}. */
  @Deprecated DATAOWNER,
  /** @deprecated use {@link #CUSTOM} with a type URN. */
  @Deprecated DELEGATE,
  /** @deprecated use {@link #CUSTOM} with a type URN. */
  @Deprecated PRODUCER,
  /** @deprecated use {@link #CUSTOM} with a type URN. */
  @Deprecated CONSUMER,
  /** @deprecated use {@link #CUSTOM} with a type URN. */
  @Deprecated STAKEHOLDER,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
