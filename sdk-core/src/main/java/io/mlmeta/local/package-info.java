/** The embedded local store: {@link io.mlmeta.local.LocalStore}, an emitter and reader over files in a directory. */
package io.mlmeta.local;
