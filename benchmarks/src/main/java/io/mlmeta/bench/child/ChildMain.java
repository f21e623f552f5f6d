package io.mlmeta.bench.child;

import java.util.HashMap;
import java.util.Map;

/**
 * The entry point of one child JVM run: {@code
 * sdk=ours|ours-async|ours-list|ours-unbatched|ours-without-<replacement>|peer
 * scenario=seq|async|batch|serialize|alloc n=.. warmup=.. warmupSeconds=.. server=.. timeout=.. [maxInFlight=..]}.
 * Prints progress lines and one {@code RESULT} line, then exits. The SDK class is loaded by name so that a peer run
 * never loads our SDK and the reverse.
 */
public final class ChildMain {
  private ChildMain() {}

  /** Runs one scenario and exits. */
  public static void main(String[] args) throws Exception {
    MemoryWatch memory = new MemoryWatch();
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    String scenario = a.get("scenario");
    int n = Integer.parseInt(a.get("n"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "0"));
    long timeout = Long.parseLong(a.getOrDefault("timeout", "120"));
    int exit = 0;
    try (Sdk sdk = open(a.get("sdk"), a.getOrDefault("server", "http://127.0.0.1:1"),
        Integer.parseInt(a.getOrDefault("maxInFlight", "0")))) {
      RunContext c = new RunContext(sdk, n, warmup, Double.parseDouble(a.getOrDefault("warmupSeconds", "0")),
          timeout, memory);
      c.put("sdk", a.get("sdk"));
      c.put("scenario", scenario);
      c.put("n", n);
      switch (scenario) {
        case "seq":
          SequentialScenario.run(c);
          break;
        case "async":
          AsyncScenario.run(c);
          break;
        case "batch":
          BatchScenario.run(c);
          break;
        case "serialize":
          SerializeScenario.run(c);
          break;
        case "alloc":
          AllocationScenario.run(c);
          break;
        default:
          throw new IllegalArgumentException("unknown scenario " + scenario);
      }
      System.out.println(c.resultLine());
      if (Boolean.getBoolean("bench.threadCpu")) {
        System.out.println(ThreadCpu.describe());
      }
    } catch (Throwable e) {
      System.out.println("ERROR " + e);
      e.printStackTrace(System.out);
      exit = 1;
    }
    System.out.flush();
    // The peer's HTTP client may keep non-daemon threads; the run is over either way.
    System.exit(exit);
  }

  private static Sdk open(String sdk, String server, int maxInFlight) throws ReflectiveOperationException {
    if (sdk.startsWith("ours")) {
      return (Sdk) Class.forName("io.mlmeta.bench.ours.OurSdk")
          .getConstructor(String.class, int.class, boolean.class, boolean.class)
          .newInstance(server, maxInFlight, !sdk.equals("ours-unbatched"), !sdk.equals("ours-list"));
    }
    switch (sdk) {
      case "peer":
        return (Sdk) Class.forName("io.mlmeta.bench.peer.PeerSdk").getConstructor(String.class)
            .newInstance(server);
      default:
        throw new IllegalArgumentException("unknown sdk " + sdk);
    }
  }
}
