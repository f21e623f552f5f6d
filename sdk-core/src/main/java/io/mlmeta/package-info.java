/**
 * The SDK's entry point, {@link io.mlmeta.DataHubClient}: a connection to DataHub GMS or to the embedded local
 * store, with an emitter, a reader and an entity client.
 *
 * <p><b>Null.</b> No public method of this package takes or returns {@code null} unless its Javadoc says so (such as
 * the current value handed to a change function for an absent aspect): an absent value is an {@code Optional} or an
 * empty collection, and a {@code null} argument fails at once with a {@code NullPointerException} naming it. The
 * SDK states this here rather than with nullness annotations, which would add a dependency to the runtime closure.
 *
 * <p><b>Runtime.</b> Java 11 or newer; Jackson 2.12 or newer 2.x, OkHttp 4.9 or newer (5.x as {@code okhttp-jvm}),
 * SLF4J 1.7 or 2.x: the versions a pipeline's Spark, Hadoop, Flink or Beam brings (README, "Compatibility", tells
 * what is tested). The SDK prints nothing itself: it logs through SLF4J, so its warnings are seen where a binding is.
 */
package io.mlmeta;
