package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.TagUrn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The builder methods Immutables generates for list, map and {@code Optional} attributes, from sdk-codegen's
 * encodings: they keep the values as Immutables' own did (order, replacement, copies the caller cannot change) and
 * check each argument before they use it. {@link io.mlmeta.NullArgumentsTest} calls each one with null.
 */
class GeneratedBuilderMethodsTest {
  static final TagAssociation A = TagAssociation.of(TagUrn.of("a"));
  static final TagAssociation B = TagAssociation.of(TagUrn.of("b"));
  static final TagAssociation C = TagAssociation.of(TagUrn.of("c"));

  @Test
  void aListKeepsTheOrderOfEveryAddAndASetReplacesIt() {
    GlobalTags tags = GlobalTags.builder().addTag(A).addTags(B, C).addAllTags(List.of(A)).build();
    assertThat(tags.tags()).containsExactly(A, B, C, A);

    assertThat(GlobalTags.builder().addTag(A).tags(List.of(C, B)).build().tags()).containsExactly(C, B);
    assertThat(GlobalTags.builder().build().tags()).isEmpty();
  }

  @Test
  void aBuiltListIsACopyNoOneCanChange() {
    List<TagAssociation> mine = new ArrayList<>(List.of(A));
    GlobalTags.Builder builder = GlobalTags.builder().tags(mine);
    GlobalTags first = builder.build();
    mine.add(B);
    builder.addTag(C);

    assertThat(first.tags()).containsExactly(A);
    assertThat(builder.build().tags()).containsExactly(A, C);
    assertThatThrownBy(() -> first.tags().add(B)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(first.tags().contains(null)).as("a query for null answers, as a JDK list does").isFalse();
  }

  @Test
  void aListRefusesANullElementNamingIt() {
    assertThatThrownBy(() -> GlobalTags.builder().addTag(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("element");
    assertThatThrownBy(() -> GlobalTags.builder().addTags(A, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("element");
    assertThatThrownBy(() -> GlobalTags.builder().tags(Arrays.asList(A, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("element");
  }

  @Test
  void aMapKeepsInsertionOrderAndALaterPutReplacesTheValue() {
    Map<String, String> more = new LinkedHashMap<>();
    more.put("z", "26");
    more.put("a", "1");
    ContainerProperties properties = ContainerProperties.builder().name("n").putCustomProperty("m", "13")
        .putCustomProperty(Map.entry("b", "2")).putAllCustomProperties(more).putCustomProperty("m", "thirteen")
        .build();

    assertThat(properties.customProperties()).containsExactly(Map.entry("m", "thirteen"), Map.entry("b", "2"),
        Map.entry("z", "26"), Map.entry("a", "1"));
    assertThat(ContainerProperties.builder().name("n").putCustomProperty("m", "13").customProperties(more).build()
        .customProperties()).containsExactly(Map.entry("z", "26"), Map.entry("a", "1"));
  }

  @Test
  void aBuiltMapIsACopyNoOneCanChange() {
    Map<String, String> mine = new LinkedHashMap<>(Map.of("k", "v"));
    ContainerProperties properties = ContainerProperties.builder().name("n").customProperties(mine).build();
    mine.put("k2", "v2");

    assertThat(properties.customProperties()).containsExactly(Map.entry("k", "v"));
    assertThatThrownBy(() -> properties.customProperties().put("k3", "v3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(properties.customProperties().containsKey(null)).isFalse();
  }

  @Test
  void aMapRefusesANullKeyOrValueNamingIt() {
    Map<String, String> nullValue = new LinkedHashMap<>();
    nullValue.put("k", null);
    assertThatThrownBy(() -> ContainerProperties.builder().putCustomProperty(null, "v"))
        .isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> ContainerProperties.builder().putCustomProperty("k", null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> ContainerProperties.builder().putAllCustomProperties(nullValue))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void anOptionalIsSetFromAValueOrAnOptionalAndEmptyClearsIt() {
    assertThat(ContainerProperties.builder().name("n").build().description()).isEmpty();
    assertThat(ContainerProperties.builder().name("n").description("d").build().description()).contains("d");
    assertThat(ContainerProperties.builder().name("n").description(Optional.of("d")).build().description())
        .contains("d");
    assertThat(ContainerProperties.builder().name("n").description("d").description(Optional.empty()).build()
        .description()).isEmpty();
  }

  @Test
  void fromCopiesEveryValueOfAnInstance() {
    ContainerProperties original = ContainerProperties.builder().name("n").description("d")
        .putCustomProperty("k", "v").env(FabricType.PROD).build();

    assertThat(original.toBuilder().build()).isEqualTo(original);
    assertThat(original.toBuilder().putCustomProperty("k2", "v2").build().customProperties())
        .containsExactly(Map.entry("k", "v"), Map.entry("k2", "v2"));
    assertThat(GlobalTags.of(TagUrn.of("a"), TagUrn.of("b")).toBuilder().addTag(C).build().tags())
        .containsExactly(A, B, C);
  }
}
