package io.mlmeta.examples;

import io.mlmeta.urn.Urn;
import java.io.PrintStream;
import java.util.List;

/** How the lineage examples print: the question and its subject, then the URNs found, one per line. */
final class LineageAnswers {
  private LineageAnswers() {}

  static void print(PrintStream out, String question, Urn subject, List<Urn> found) {
    out.println(question);
    out.println("  (" + subject + ")");
    if (found.isEmpty()) {
      out.println("  none found (a server indexes relationships a little after the writes)");
    }
    found.forEach(urn -> out.println(urn));
  }

  /** The runner's one-line summary: how many were found, and which. */
  static String summary(List<Urn> found) {
    return found.size() + " found: " + found;
  }
}
