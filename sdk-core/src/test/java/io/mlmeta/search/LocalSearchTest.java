package io.mlmeta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Status;
import io.mlmeta.local.LocalStore;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store's search index follows every write, delete and reopening. */
class LocalSearchTest {
  static final Urn MODEL = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");
  static final TagUrn PRODUCTION = TagUrn.of("production");
  static final SearchQuery TAGGED = SearchQuery.builder().addTag(PRODUCTION).build();

  @TempDir
  Path dir;

  private static List<Urn> search(LocalStore store, SearchQuery query) {
    return SearchClient.of(store).search(query).toList();
  }

  @Test
  void aReplacedAspectTakesItsOldValuesOutOfTheIndex() {
    try (LocalStore store = LocalStore.open(dir)) {
      store.emit(MetadataChangeProposal.upsert(MODEL, GlobalTags.of(PRODUCTION)));
      assertThat(search(store, TAGGED)).containsExactly(MODEL);

      store.emit(MetadataChangeProposal.upsert(MODEL, GlobalTags.of(TagUrn.of("staging"))));

      assertThat(search(store, TAGGED)).isEmpty();
      assertThat(search(store, SearchQuery.builder().addTag(TagUrn.of("staging")).build())).containsExactly(MODEL);
    }
  }

  @Test
  void aSoftDeleteHidesTheEntityAndUndoingItShowsItAgain() {
    try (LocalStore store = LocalStore.open(dir)) {
      store.emit(MetadataChangeProposal.upsert(MODEL, GlobalTags.of(PRODUCTION)));
      store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(true)));
      assertThat(search(store, TAGGED)).isEmpty();
      assertThat(search(store, TAGGED.toBuilder().includeRemoved(true).build())).containsExactly(MODEL);

      store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));

      assertThat(search(store, TAGGED)).containsExactly(MODEL);
    }
  }

  @Test
  void deletingTheAspectsDeletesTheEntityFromTheIndex() {
    try (LocalStore store = LocalStore.open(dir)) {
      store.emit(MetadataChangeProposal.upsert(MODEL, GlobalTags.of(PRODUCTION)));
      store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
      store.emit(MetadataChangeProposal.delete(MODEL, "globalTags"));
      assertThat(search(store, TAGGED)).isEmpty();
      assertThat(search(store, SearchQuery.builder().build())).containsExactly(MODEL);

      store.emit(MetadataChangeProposal.delete(MODEL, "status"));

      assertThat(search(store, SearchQuery.builder().build())).isEmpty();
    }
  }

  @Test
  void theIndexIsRebuiltWhenTheStoreIsOpenedAgain() {
    try (LocalStore store = LocalStore.open(dir)) {
      store.emit(MetadataChangeProposal.upsert(MODEL, GlobalTags.of(PRODUCTION)));
    }
    try (LocalStore store = LocalStore.open(dir)) {
      assertThat(search(store, TAGGED)).containsExactly(MODEL);
    }
  }

  @Test
  void pagesAreOffsetsWithTheTotalAndAForeignCursorIsRefused() {
    try (LocalStore store = LocalStore.open(dir)) {
      for (int i = 0; i < 5; i++) {
        store.emit(MetadataChangeProposal.upsert(Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,m" + i
            + ",PROD)"), GlobalTags.of(PRODUCTION)));
      }
      SearchQuery query = TAGGED.toBuilder().pageSize(2).build();

      SearchPage first = store.page(query, "");
      SearchPage last = store.page(query, "4");

      assertThat(first.urns()).hasSize(2);
      assertThat(first.total()).hasValue(5);
      assertThat(first.nextCursor()).contains("2");
      assertThat(last.urns()).hasSize(1);
      assertThat(last.nextCursor()).isEmpty();
      assertThat(SearchClient.of(store).urns(query)).hasSize(5);
      assertThatThrownBy(() -> store.page(query, "scroll-abc"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'scroll-abc'");
    }
  }
}
