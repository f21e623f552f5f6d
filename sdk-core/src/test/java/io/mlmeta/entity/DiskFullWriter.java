package io.mlmeta.entity;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.Status;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.util.List;

/**
 * A separate process for the full-disk test, run with a file-size limit ({@code ulimit -f}) so that the store's log
 * cannot grow past it: writes a small aspect of {@code args[1]}, then upserts {@link EntityClientTest.Model} with
 * an aspect larger than the limit, and prints {@code before ok}, then {@code written} or {@code failed <message>}.
 */
public final class DiskFullWriter {
  private DiskFullWriter() {}

  public static void main(String[] args) {
    try (DataHubClient client = DataHubClient.local(Path.of(args[0]))) {
      client.emitter().emit(MetadataChangeProposal.upsert(Urn.parse(args[1]), Status.of(false)));
      System.out.println("before ok");
      CorpUserUrn actor = CorpUserUrn.of("jdoe");
      EntityClientTest.Model model = new EntityClientTest.Model(List.of(Status.of(false),
          Deprecation.of("d".repeat(Integer.parseInt(args[2])), actor))).addOwner(actor);
      try {
        client.entities().upsert(model);
        System.out.println("written");
      } catch (DataHubException e) {
        System.out.println("failed " + e.getMessage());
      }
    }
  }
}
