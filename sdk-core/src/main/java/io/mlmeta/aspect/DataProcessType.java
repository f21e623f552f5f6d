package io.mlmeta.aspect;

/** The kind of a run of a data process ({@code com.linkedin.dataprocess.DataProcessType}). */
public enum DataProcessType {
  BATCH_SCHEDULED, BATCH_AD_HOC, STREAMING
}
