package io.mlmeta.mlmodel.aspect;

/** The kind of a cost ({@code com.linkedin.common.CostType}). */
public enum CostType {
  /** A cost tracked by the organisation, such as a cost centre. */
  ORG_COST_TYPE,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
