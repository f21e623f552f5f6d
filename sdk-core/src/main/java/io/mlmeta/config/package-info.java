/**
 * The settings of a connection to DataHub GMS ({@link io.mlmeta.config.ConnectionConfig}): server, token,
 * timeouts, retries, endpoint, emit mode and batching.
 *
 * <p><b>Null.</b> No public method of this package takes or returns {@code null} unless its Javadoc says so (such as
 * the current value handed to a change function for an absent aspect): an absent value is an {@code Optional} or an
 * empty collection, and a {@code null} argument fails at once with a {@code NullPointerException} naming it. The
 * SDK states this here rather than with nullness annotations, which would add a dependency to the runtime closure.
 */
package io.mlmeta.config;
