/**
 * Search: find the URNs of ML models, groups, deployments, training runs and experiments by type, platform, env,
 * name, tags, terms, domain, owner, custom property, deployment status and version alias, on GMS
 * ({@link io.mlmeta.search.RestSearcher}) or on the local store, through a {@link io.mlmeta.search.SearchClient}.
 * A null argument fails at once with a {@link NullPointerException} naming it.
 */
package io.mlmeta.search;
