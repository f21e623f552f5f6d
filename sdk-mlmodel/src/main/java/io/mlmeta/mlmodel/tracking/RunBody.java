package io.mlmeta.mlmodel.tracking;

/**
 * The body of a training run recorded by {@link RunScope#run}: it gets the started run to log to, and may throw
 * {@code X} (a checked exception the caller handles, or {@code RuntimeException} for none).
 *
 * @param <X> what the body may throw
 */
@FunctionalInterface
public interface RunBody<X extends Exception> {
  /** Trains, logging to {@code run}. */
  void run(ActiveRun run) throws X;
}
