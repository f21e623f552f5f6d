package io.mlmeta.lineage;

import io.mlmeta.internal.lineage.Step;
import io.mlmeta.internal.lineage.Walker;
import io.mlmeta.local.LocalStore;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Walks DataHub's ML lineage from a URN, upstream or downstream, hop by hop, with DataHub's ML meaning of the
 * relationships: upstream of a model are its training runs ({@code TrainedBy}), their inputs
 * ({@code DataProcessInstanceConsumes}, {@code Consumes}), the datasets of its model card, its features
 * ({@code Consumes}) and their tables and source datasets, and the runs' experiments ({@code IsPartOf});
 * downstream of a dataset are the runs that read it, the models and groups they trained ({@code TrainedBy}), the
 * models' groups ({@code MemberOf}) and deployments ({@code DeployedTo}); with
 * {@link LineageQuery#followVersions()}, a model's other versions through its version set ({@code VersionOf}).
 * The full edge table, with the aspect field behind every edge, is in the SDK's {@code EdgeTable} source.
 *
 * <pre>{@code
 * LineageResult datasets = client.lineage().walk(modelUrn,
 *     LineageQuery.upstream().addReturnType("dataset").build());
 * datasets.nodes().forEach(n -> System.out.println(n.urn() + " via " + n.path()));
 * }</pre>
 *
 * <p><b>Requests.</b> On GMS a node is expanded with one {@code GET /relationships} per direction it has edges in
 * ({@code types=List(...)} holding that direction's relationship names, all pages of 100), and an upstream walk
 * reads a model's two model card aspects ({@code GET /aspects/{urn}?aspect=mlModelTrainingData}, and
 * {@code mlModelEvaluationData}), since DataHub draws no relationship for them. The requests of one hop level run
 * {@link #concurrency()} at a time on the reader's own connection, with its retries, timeouts and deadline; nodes
 * at the hop limit are not expanded. On the local store the walk reads the store's relationship index in the
 * calling thread. A server indexes relationships a moment after a write, so a walk right after writing may not
 * see the newest edges yet; the local store sees them at once.
 *
 * <p><b>Results</b> are the same for the same data on both: each node once, at its fewest hops, with one shortest
 * path, ordered by hops and then URN, whatever order the answers came in. Cycles end where a node is met again.
 *
 * <p>Thread-safe: walks may run at once, each with its own threads, ended when it returns.
 */
public final class LineageClient {
  /**
   * The default number of requests a walk has under way on GMS: with a server answering in a few milliseconds, a
   * wide walk then runs more than ten times faster than one request at a time, while the reader's connection allows
   * at least 64.
   */
  public static final int DEFAULT_CONCURRENCY = 16;

  private final MetadataReader reader;
  private final int concurrency;

  private LineageClient(MetadataReader reader, int concurrency) {
    this.reader = Objects.requireNonNull(reader, "reader");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1 but was " + concurrency);
    }
    this.concurrency = concurrency;
  }

  /**
   * A lineage client reading through {@code reader}: a {@code RestReader}, the local store or any other
   * {@link MetadataReader}; {@code DataHubClient.lineage()} gives one over the client's reader.
   */
  public static LineageClient of(MetadataReader reader) {
    return new LineageClient(reader, DEFAULT_CONCURRENCY);
  }

  /**
   * This client with up to {@code concurrency} requests under way per walk, at least 1 (1: one request at a time,
   * in the calling thread). The local store is always read in the calling thread.
   */
  public LineageClient withConcurrency(int concurrency) {
    return new LineageClient(reader, concurrency);
  }

  /** The requests a walk has under way at most; default {@value #DEFAULT_CONCURRENCY}. */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Walks from {@code start} as {@code query} says.
   *
   * @throws io.mlmeta.error.DataHubException if a request fails (after the reader's retries); the walk's other
   *     requests are then cancelled
   */
  public LineageResult walk(Urn start, LineageQuery query) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(query, "query");
    int threads = reader instanceof LocalStore ? 1 : concurrency;
    Walker.Outcome outcome = new Walker(reader, query.direction() == LineageDirection.UPSTREAM, query.maxHops(),
        query.maxNodes(), query.stopAt(), query.followVersions(), threads).walk(start);
    List<LineageNode> nodes = new ArrayList<>();
    for (Walker.Found found : outcome.found()) {
      if (query.returnTypes().isEmpty() || query.returnTypes().contains(found.urn().entityType())) {
        LineageHop[] path = new LineageHop[found.path().size()];
        for (int i = 0; i < path.length; i++) {
          Step step = found.path().get(i);
          path[i] = LineageHop.of(step.from(), step.via(), step.direction(), step.to());
        }
        nodes.add(LineageNode.walked(found.urn(), List.of(path)));
      }
    }
    return LineageResult.of(start, query, nodes, outcome.truncated());
  }

  /** Everything upstream of {@code start}, with the default limits. */
  public LineageResult upstream(Urn start) {
    return walk(start, LineageQuery.upstream().build());
  }

  /** Everything downstream of {@code start}, with the default limits. */
  public LineageResult downstream(Urn start) {
    return walk(start, LineageQuery.downstream().build());
  }

  @Override
  public String toString() {
    return "LineageClient{" + reader + ", concurrency=" + concurrency + "}";
  }
}
