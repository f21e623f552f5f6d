/**
 * Lineage walks over DataHub's ML metadata graph: {@link io.mlmeta.lineage.LineageClient} follows the
 * relationships that make a model, a run, a dataset or a deployment upstream or downstream of another, hop by hop,
 * on GMS or on the local store, and returns each node found with its path.
 *
 * <p><b>Null.</b> No public method of this package takes or returns {@code null} unless its Javadoc says so: an
 * absent value is an {@code Optional} or an empty collection, and a {@code null} argument fails at once with a
 * {@code NullPointerException} naming it. The SDK states this here rather than with nullness annotations, which
 * would add a dependency to the runtime closure.
 */
package io.mlmeta.lineage;
