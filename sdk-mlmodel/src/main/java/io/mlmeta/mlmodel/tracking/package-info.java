/**
 * Training runs recorded as a pipeline runs them: {@link io.mlmeta.mlmodel.tracking.RunScope} starts a run (its
 * {@code STARTED} event and system facts written at once), an {@link io.mlmeta.mlmodel.tracking.ActiveRun} buffers
 * the hyperparameters and metrics logged and writes them in batches, and the run ends as {@code SUCCESS} or
 * {@code FAILURE} with the exception that ended it.
 *
 * <p><b>Null.</b> No public method of this package takes or returns {@code null} unless its Javadoc says so: an
 * absent value is an {@code Optional} or an empty collection, and a {@code null} argument fails at once with a
 * {@code NullPointerException} naming it. The SDK states this here rather than with nullness annotations, which
 * would add a dependency to the runtime closure.
 */
package io.mlmeta.mlmodel.tracking;
