/**
 * Immutables encodings (templates that Immutables copies into each generated builder) for the SDK's value types,
 * enabled by {@code io.mlmeta.internal.SdkStyle}: their builders' list, map and {@code Optional} methods check each
 * argument before they use it. Build-time only.
 */
package io.mlmeta.internal.codegen;
