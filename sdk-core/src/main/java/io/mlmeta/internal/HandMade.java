package io.mlmeta.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The SDK's hand-made replacements of library code, each on unless the system property {@value #OFF_PROPERTY}
 * lists it (comma-separated): what the benchmarks use to measure, in one run, what each wins over the library it
 * replaces (see benchmarks/README.md: only those that win 1.5× or more on a benchmark row are kept). Read once, at
 * class initialization; not meant for applications.
 */
public final class HandMade {
  /** The system property listing the replacements to turn off. */
  public static final String OFF_PROPERTY = "mlmeta.handMade.off";
  private static final List<String> OFF = Arrays.asList(System.getProperty(OFF_PROPERTY, "").split(","));

  /**
   * Aspects written by {@code PegasusWriter} straight into the envelope, instead of by Jackson databind and then
   * embedded (the envelope is written by {@code JsonBytes} either way).
   */
  public static final boolean PEGASUS_WRITER = !OFF.contains("pegasusWriter");

  private HandMade() {}
}
