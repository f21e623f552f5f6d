package io.mlmeta;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.AspectType;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.emit.FileEmitter;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.EntityClient;
import io.mlmeta.entity.HasApplications;
import io.mlmeta.entity.HasContainer;
import io.mlmeta.entity.HasDomain;
import io.mlmeta.entity.HasLifecycle;
import io.mlmeta.entity.HasLinks;
import io.mlmeta.entity.HasOwners;
import io.mlmeta.entity.HasPlatformInstance;
import io.mlmeta.entity.HasStatus;
import io.mlmeta.entity.HasStructuredProperties;
import io.mlmeta.entity.HasSubTypes;
import io.mlmeta.entity.HasTags;
import io.mlmeta.entity.HasTerms;
import io.mlmeta.local.LocalStore;
import io.mlmeta.read.RestReader;
import io.mlmeta.search.RestSearcher;
import io.mlmeta.search.SearchClient;
import io.mlmeta.search.SearchPage;
import io.mlmeta.search.SearchQuery;
import io.mlmeta.search.Searcher;
import io.mlmeta.testing.CoreSamples;
import io.mlmeta.testing.NullArguments;
import io.mlmeta.urn.DatasetUrn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public constructor and method of sdk-core's public packages, called with null for each reference parameter
 * in turn, fails at once naming the parameter (package-info: "a null argument fails at once with a
 * NullPointerException naming it"), except where its Javadoc says null is allowed (the list below).
 */
class NullArgumentsTest {
  static final DatasetUrn DATASET = CoreSamples.DATASET;

  @TempDir
  Path dir;

  @Test
  void everyPublicMethodNamesTheParameterThatWasNull() {
    List<Class<?>> api = NullArguments.publicClasses(DataHubClient.class, "io.mlmeta", "io.mlmeta.urn",
        "io.mlmeta.aspect", "io.mlmeta.mcp", "io.mlmeta.emit", "io.mlmeta.read", "io.mlmeta.local",
        "io.mlmeta.entity", "io.mlmeta.config", "io.mlmeta.error", "io.mlmeta.search");
    ConnectionConfig unreachable = ConnectionConfig.builder().server("http://127.0.0.1:1")
        .retryPolicy(RetryPolicy.none()).deadline(Duration.ofSeconds(2)).build();
    AtomicInteger paths = new AtomicInteger();
    try (LocalStore store = LocalStore.open(dir.resolve("store"));
        DataHubClient client = DataHubClient.local(dir.resolve("client"));
        RestEmitter rest = RestEmitter.create(unreachable);
        RestReader reader = RestReader.create(unreachable);
        RestSearcher searcher = RestSearcher.create(unreachable);
        FileEmitter file = FileEmitter.create(dir.resolve("file.json"))) {
      NullArguments check = CoreSamples.register(new NullArguments())
          .sample(Path.class, () -> dir.resolve("sample-" + paths.incrementAndGet()))
          .sample(ConnectionConfig.class, () -> unreachable)
          .sample(LocalStore.class, () -> store)
          .sample(EntityClient.class, client::entities)
          .sample(DataHubClient.class, () -> client)
          .sample(RestEmitter.class, () -> rest)
          .sample(RestReader.class, () -> reader)
          .sample(RestSearcher.class, () -> searcher)
          .sample(Searcher.class, () -> store)
          .sample(SearchClient.class, client::search)
          .sample(SearchQuery.class, () -> SearchQuery.builder().build())
          .sample(SearchQuery.Builder.class, SearchQuery::builder)
          .sample(SearchPage.class, () -> SearchPage.of(List.of(), 0, ""))
          .sample(FileEmitter.class, () -> file)
          .sample(AllMixins.class, AllMixins::new)
          .alsoThrough(AllMixins.class);
      CoreSamples.allowed(check);

      assertThat(check.problems(api)).isEmpty();
      System.out.println("NULL ARGUMENTS sdk-core: " + api.size() + " public classes, " + check.calls()
          + " calls with a null argument");
      assertThat(check.calls()).as("calls made").isGreaterThan(500);
    }
  }

  /** An entity with every mixin of sdk-core, to call their default methods on. */
  static final class AllMixins extends Entity<AllMixins> implements HasApplications<AllMixins>,
      HasContainer<AllMixins>, HasDomain<AllMixins>, HasLifecycle<AllMixins>, HasLinks<AllMixins>,
      HasOwners<AllMixins>, HasPlatformInstance<AllMixins>, HasStatus<AllMixins>,
      HasStructuredProperties<AllMixins>, HasSubTypes<AllMixins>, HasTags<AllMixins>, HasTerms<AllMixins> {
    AllMixins() {
      super(DATASET, List.of());
    }

    @Override
    protected List<AspectType<?>> aspectOrder() {
      return List.of();
    }
  }
}
