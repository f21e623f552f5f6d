package io.mlmeta.local;

import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.TagUrn;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate process for the crash test: opens the store in {@code args[0]} and writes with four threads at once,
 * forever, proposals of varied sizes (a status, or tags of 1 to 60 entries) on URNs named {@code args[1]-<thread>-<n>};
 * after each acknowledged write it prints {@code ack <urn> <aspect>}. One thread also compacts the log now and then,
 * so that a kill can land during a compaction. It is meant to be killed.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    LocalStore store = LocalStore.open(Path.of(args[0]));
    String prefix = args[1];
    out.println("open");
    out.flush();
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      Thread writer = new Thread(() -> {
        for (int n = 0; ; n++) {
          DatasetUrn urn = DatasetUrn.of("hive", prefix + "-" + thread + "-" + n);
          MetadataChangeProposal mcp = n % 3 == 0 ? MetadataChangeProposal.upsert(urn, Status.of(n % 2 == 0))
              : MetadataChangeProposal.upsert(urn, tags(1 + (n * 7 + thread) % 60));
          if (n % 5 == 4) {
            store.emitAll(List.of(mcp, MetadataChangeProposal.upsert(urn, Status.of(true))))
                .forEach(r -> ack(out, r.orThrow().proposal()));
          } else {
            ack(out, store.emit(mcp).proposal());
          }
          if (thread == 0 && n % 250 == 249) {
            store.compact();
          }
        }
      });
      writers.add(writer);
      writer.start();
    }
    for (Thread writer : writers) {
      writer.join();
    }
  }

  private static GlobalTags tags(int count) {
    TagUrn[] tags = new TagUrn[count];
    for (int i = 0; i < count; i++) {
      tags[i] = TagUrn.of("crash-test-tag-with-a-longer-name-" + i);
    }
    return GlobalTags.of(tags);
  }

  private static void ack(PrintStream out, MetadataChangeProposal mcp) {
    synchronized (out) {
      out.println("ack " + mcp.entityUrn() + " " + mcp.aspectName());
      out.flush();
    }
  }
}
