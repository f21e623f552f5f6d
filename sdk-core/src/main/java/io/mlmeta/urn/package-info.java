/**
 * Typed URNs ({@link io.mlmeta.urn.Urn} and the entity-specific ones that are not ML): parsing, formatting and
 * escaping as DataHub does.
 *
 * <p><b>Names.</b> A name given to a factory ({@code TagUrn.of}, {@code DatasetUrn.of}, {@code Urn.create} ...) must
 * not be empty, hold a control character (line break, tab, NUL ...) nor start or end with whitespace; DataHub's
 * reserved characters {@code , ( ) ␟} in it are percent-encoded. {@code parse} takes any URN text DataHub holds.
 *
 * <p><b>Null.</b> No public method of this package takes or returns {@code null} unless its Javadoc says so (such as
 * the current value handed to a change function for an absent aspect): an absent value is an {@code Optional} or an
 * empty collection, and a {@code null} argument fails at once with a {@code NullPointerException} naming it. The
 * SDK states this here rather than with nullness annotations, which would add a dependency to the runtime closure.
 */
package io.mlmeta.urn;
