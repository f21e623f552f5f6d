package io.mlmeta.mlmodel.aspect;

/** The kind of a cost ({@code com.linkedin.common.CostType}). */
public enum CostType {
  /** A cost tracked by the organisation, such as a cost centre. */
  ORG_COST_TYPE
}
