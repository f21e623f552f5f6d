package io.mlmeta.compat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.TagAssociation;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.FileEmitter;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.local.LocalStore;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;

/**
 * The representative program of the compatibility matrix: what a training pipeline does with the SDK, through its
 * public API only. It writes every aspect kind (the golden fixtures, one per form), writes, reads and updates ML
 * entities, reads relationships and exports, first in the local store and then over REST against the server named
 * by its first argument, and writes a metadata file. What it prints depends on neither the Java runtime nor the
 * library versions it runs on, so the matrix compares it with a run on the build's own versions.
 *
 * <pre>{@code java -cp <sdk jars>:<pin set> io.mlmeta.compat.CompatProgram <gms url> <work dir> <fixtures dir>}</pre>
 */
public final class CompatProgram {
  private CompatProgram() {}

  /** Runs the program; exits with 1, after printing the stack trace, if any step failed. */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: CompatProgram <gms url> <work dir> <fixtures dir>");
      System.exit(2);
    }
    try {
      run(args[0], Paths.get(args[1]), Paths.get(args[2]), System.out);
    } catch (Throwable e) {
      System.out.println("FAILED " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /**
   * Runs every step, printing one line each: the local store in {@code work/store}, its export to {@code
   * work/export.json}, a metadata file {@code work/file.json}, then the same over REST against {@code gmsUrl}.
   */
  public static void run(String gmsUrl, Path work, Path fixtures, PrintStream out) throws IOException {
    try (DataHubClient local = DataHubClient.local(work.resolve("store"))) {
      EntityFlow.run(local, "local", out);
      FixtureAspects aspects = FixtureAspects.load(fixtures);
      aspects.writeRaw(local, out);
      limits(local, out);
      nullArguments(out);
      LocalStore store = local.localStore().orElseThrow();
      store.export(work.resolve("export.json"));
      out.println("local: exported " + store.proposals().size() + " proposals");

      try (FileEmitter file = FileEmitter.create(work.resolve("file.json"))) {
        for (MetadataChangeProposal proposal : aspects.typedProposals(local)) {
          file.emit(proposal).orThrow();
        }
      }
      out.println("file: wrote " + aspects.size() + " proposals");

      try (DataHubClient rest = DataHubClient.connect(ConnectionConfig.builder().server(gmsUrl).build())) {
        EntityFlow.run(rest, "rest", out);
        aspects.sendTyped(local, rest, out);
      }
    }
    // A setting the SDK warns about: the warning goes to SLF4J, and is seen only where a binding is present.
    try (DataHubClient insecure = DataHubClient.connect(ConnectionConfig.builder().server(gmsUrl)
        .insecureSkipTlsVerification(true).build())) {
      out.println("warn: exists " + insecure.reader().exists(EntityFlow.MODEL));
    }
    out.println("DONE");
  }

  /** The local store's limits on numbers and nesting hold on every Jackson, also those without read limits. */
  private static void limits(DataHubClient local, PrintStream out) {
    MLModelUrn urn = MLModelUrn.of("compat", "limits");
    // As deep as the store takes (979 levels of arrays in the object): it must then replay and export it on every
    // Jackson, also 2.16+, which limits writing to 1000 levels, while the log record nests the aspect deeper.
    String longest = "{\"n\": " + "9".repeat(1000) + ", \"a\": " + "[".repeat(979) + "]".repeat(979) + "}";
    local.emitter().emit(MetadataChangeProposal.upsert(urn, RawAspect.of("compatLimits", longest))).orThrow();
    out.println("local: limits: within taken, number beyond refused " + refused(local, urn, "{\"n\": "
        + "9".repeat(1001) + "}") + ", nesting beyond refused " + refused(local, urn, "{\"a\": " + "[".repeat(980)
        + "]".repeat(980) + "}"));
  }

  /**
   * The generated builders' list, map and {@code Optional} methods name a null argument on every runtime, also on
   * Java 11, whose NullPointerExceptions have no message of their own.
   */
  private static void nullArguments(PrintStream out) {
    out.println("nulls: tags(Iterable) " + nullMessage(() -> GlobalTags.builder().tags(null))
        + ", addTags(array) " + nullMessage(() -> GlobalTags.builder().addTags((TagAssociation[]) null))
        + ", description(Optional) " + nullMessage(() -> MLModelProperties.builder().description(
            (Optional<String>) null))
        + ", putCustomProperty(Map.Entry) " + nullMessage(() -> MLModelProperties.builder().putCustomProperty(
            (Map.Entry<String, String>) null)));
  }

  private static String nullMessage(Runnable call) {
    try {
      call.run();
      return "taken";
    } catch (NullPointerException e) {
      return "\"" + e.getMessage() + "\"";
    }
  }

  private static boolean refused(DataHubClient local, MLModelUrn urn, String json) {
    try {
      local.emitter().emit(MetadataChangeProposal.upsert(urn, RawAspect.of("compatLimits", json))).orThrow();
      return false;
    } catch (DataHubValidationException e) {
      return e.getMessage().contains("beyond the local store's limits");
    }
  }
}
