package io.mlmeta.mcp;

/** What a proposal does to its aspect. */
public enum ChangeType {
  /** Write the aspect, replacing what is there. */
  UPSERT,
  /** Write the aspect only if the entity has no such aspect yet. */
  CREATE,
  /** Write the aspect only if the entity does not exist yet. */
  CREATE_ENTITY,
  /** Apply JSON-Patch operations to the aspect on the server. */
  PATCH,
  /** Delete the aspect. */
  DELETE
}
