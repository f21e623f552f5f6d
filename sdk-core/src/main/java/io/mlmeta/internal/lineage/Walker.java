package io.mlmeta.internal.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.error.DataHubException;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.AspectRegistry;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A breadth-first walk over {@link EdgeTable}, one hop level at a time: the requests of a level (one
 * {@code relationships} call per node and direction, and the model card reads) run on up to {@code threads}
 * threads at once, then the level's new nodes are merged in a fixed order, so the result does not depend on which
 * answer came first. Each node is visited once, at its fewest hops (cycles end there), by the first of its
 * shortest paths in {@link Step#ORDER}; nodes at the hop limit, and nodes of a stop type, are not expanded. When
 * more new nodes are found than the node limit leaves room for, the first ones by URN are kept and the walk stops.
 * One walker serves one walk at a time; make one per walk.
 */
public final class Walker {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final MetadataReader reader;
  private final boolean upstream;
  private final int maxHops;
  private final int maxNodes;
  private final Set<String> stopAt;
  private final boolean versions;
  private final int threads;
  private final Map<String, List<EdgeTable.Call>> calls = new HashMap<>();
  private ExecutorService pool;

  /**
   * A walk over {@code reader}: upstream or downstream, at most {@code maxHops} hops and {@code maxNodes} nodes
   * (the start not counted), not expanding nodes of the {@code stopAt} types, across model versions if
   * {@code versions}, with up to {@code threads} requests at once (1: all in the calling thread).
   */
  public Walker(MetadataReader reader, boolean upstream, int maxHops, int maxNodes, Set<String> stopAt,
      boolean versions, int threads) {
    this.reader = reader;
    this.upstream = upstream;
    this.maxHops = maxHops;
    this.maxNodes = maxNodes;
    this.stopAt = stopAt;
    this.versions = versions;
    this.threads = threads;
  }

  /** A node found: its URN, its hops from the start and the path there (the first hop first). */
  public static final class Found {
    private final Urn urn;
    private final int hops;
    private final Found parent;
    private final Step step;

    Found(Urn urn, int hops, Found parent, Step step) {
      this.urn = urn;
      this.hops = hops;
      this.parent = parent;
      this.step = step;
    }

    /** The node. */
    public Urn urn() {
      return urn;
    }

    /** How many hops from the start. */
    public int hops() {
      return hops;
    }

    /** The hops from the start to the node. */
    public List<Step> path() {
      Step[] path = new Step[hops];
      Found at = this;
      for (int i = hops - 1; i >= 0; i--) {
        path[i] = at.step;
        at = at.parent;
      }
      return List.of(path);
    }
  }

  /** What a walk found, by hops and then URN, and whether the node limit cut it short. */
  public static final class Outcome {
    private final List<Found> found;
    private final boolean truncated;

    Outcome(List<Found> found, boolean truncated) {
      this.found = found;
      this.truncated = truncated;
    }

    /** The nodes, the start excluded, ordered by hops and then URN. */
    public List<Found> found() {
      return found;
    }

    /** Whether more nodes were found than the node limit allowed. */
    public boolean truncated() {
      return truncated;
    }
  }

  /**
   * Walks from {@code start}.
   *
   * @throws DataHubException the first failed request's, if a request fails (the others are cancelled)
   */
  public Outcome walk(Urn start) {
    Map<Urn, Found> visited = new HashMap<>();
    visited.put(start, new Found(start, 0, null, null));
    List<Found> order = new ArrayList<>();
    List<Urn> frontier = List.of(start);
    boolean truncated = false;
    try {
      for (int hop = 1; hop <= maxHops && !frontier.isEmpty() && !truncated; hop++) {
        List<Urn> expand = new ArrayList<>(frontier.size());
        for (Urn node : frontier) {
          if (node.equals(start) || !stopAt.contains(node.entityType())) {
            expand.add(node);
          }
        }
        Map<Urn, Step> next = new HashMap<>();
        for (List<Step> steps : threads <= 1 ? expandHere(expand) : expandOnThreads(expand)) {
          for (Step step : steps) {
            if (!visited.containsKey(step.to())) {
              next.merge(step.to(), step, (a, b) -> Step.ORDER.compare(a, b) <= 0 ? a : b);
            }
          }
        }
        List<Urn> level = new ArrayList<>(next.keySet());
        Collections.sort(level);
        List<Urn> reached = new ArrayList<>(level.size());
        for (Urn to : level) {
          Step step = next.get(to);
          if (order.size() == maxNodes) {
            truncated = true;
            break;
          }
          Found found = new Found(step.to(), hop, visited.get(step.from()), step);
          visited.put(step.to(), found);
          order.add(found);
          reached.add(step.to());
        }
        frontier = reached;
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
        pool = null;
      }
    }
    return new Outcome(Collections.unmodifiableList(order), truncated);
  }

  /** The steps out of each of {@code nodes}, read in the calling thread one request at a time. */
  private List<List<Step>> expandHere(List<Urn> nodes) {
    List<List<Step>> results = new ArrayList<>(2 * nodes.size());
    for (Urn node : nodes) {
      String type = node.entityType();
      for (EdgeTable.Call call : calls(type)) {
        results.add(follow(node, call));
      }
      EdgeTable.modelCardAspects(type, upstream).forEach((aspect, path) -> results.add(modelCard(node, aspect,
          path)));
    }
    return results;
  }

  /** As {@link #expandHere}, with up to {@link #threads} requests at once. */
  private List<List<Step>> expandOnThreads(List<Urn> nodes) {
    List<Callable<List<Step>>> tasks = new ArrayList<>();
    for (Urn node : nodes) {
      tasks.addAll(tasks(node));
    }
    return run(tasks);
  }

  private List<EdgeTable.Call> calls(String entityType) {
    return calls.computeIfAbsent(entityType, t -> EdgeTable.calls(t, upstream, versions));
  }

  /** The requests that expand {@code node}: its relationship calls, then its model card reads. */
  private List<Callable<List<Step>>> tasks(Urn node) {
    List<Callable<List<Step>>> tasks = new ArrayList<>();
    String type = node.entityType();
    for (EdgeTable.Call call : calls(type)) {
      tasks.add(() -> follow(node, call));
    }
    EdgeTable.modelCardAspects(type, upstream).forEach((aspect, path) -> tasks.add(() -> modelCard(node, aspect,
        path)));
    return tasks;
  }

  private List<Step> follow(Urn node, EdgeTable.Call call) {
    List<Step> steps = new ArrayList<>();
    try (Stream<Relationship> edges = reader.relationships(node, call.relationships(), call.direction())) {
      Iterator<Relationship> it = edges.iterator();
      while (it.hasNext()) {
        Relationship edge = it.next();
        if (call.follows(edge.type(), edge.entity().entityType())) {
          steps.add(new Step(node, edge.type(), call.direction(), edge.entity()));
        }
      }
    }
    return steps;
  }

  /** The datasets the model card aspect {@code aspectName} of {@code model} names at {@code path}. */
  private List<Step> modelCard(Urn model, String aspectName, String path) {
    AspectType<?> type = AspectRegistry.byName(aspectName).orElseGet(() -> AspectType.untyped(aspectName));
    Optional<? extends Aspect> aspect = reader.getAspect(model, type);
    if (aspect.isEmpty()) {
      return List.of();
    }
    JsonNode json;
    try {
      json = WireJson.MAPPER.readTree(AspectCodec.toJson(aspect.get()));
    } catch (IOException e) {
      throw new DataHubException("cannot read " + aspectName + " of " + model + ": " + e.getMessage(), e);
    }
    Set<Urn> datasets = new TreeSet<>();
    collect(json, path.split("/"), 0, datasets);
    List<Step> steps = new ArrayList<>();
    for (Urn dataset : datasets) {
      steps.add(new Step(model, aspectName, RelationshipDirection.OUTGOING, dataset));
    }
    return steps;
  }

  private static void collect(JsonNode node, String[] path, int at, Set<Urn> out) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return;
    }
    if (at == path.length) {
      if (node.isTextual()) {
        try {
          Urn urn = Urn.parse(node.asText());
          if (urn.entityType().equals(EntityTypes.DATASET)) {
            out.add(urn);
          }
        } catch (UrnSyntaxException e) {
          // not a URN: nothing to follow
        }
      }
      return;
    }
    if (path[at].equals("*")) {
      node.forEach(element -> collect(element, path, at + 1, out));
    } else {
      collect(node.get(path[at]), path, at + 1, out);
    }
  }

  /** Runs {@code tasks}, up to {@link #threads} at once; their results in the order of the tasks. */
  private List<List<Step>> run(List<Callable<List<Step>>> tasks) {
    List<List<Step>> results = new ArrayList<>(tasks.size());
    if (threads <= 1 || tasks.size() <= 1) {
      for (Callable<List<Step>> task : tasks) {
        results.add(call(task));
      }
      return results;
    }
    if (pool == null) {
      pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "mlmeta-lineage-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }
    ExecutorCompletionService<List<Step>> service = new ExecutorCompletionService<>(pool);
    List<Future<List<Step>>> futures = new ArrayList<>(tasks.size());
    for (Callable<List<Step>> task : tasks) {
      futures.add(service.submit(task));
    }
    try {
      for (int i = 0; i < tasks.size(); i++) {
        service.take().get();
      }
      for (Future<List<Step>> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new DataHubException("interrupted while walking the lineage", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw rethrow(e.getCause());
    }
  }

  private static List<Step> call(Callable<List<Step>> task) {
    try {
      return task.call();
    } catch (Exception e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new DataHubException("walking the lineage failed: " + cause, cause);
  }
}
