package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class EditableContainerPropertiesTest {
  @Test
  void minimalIsAnEmptyObject() {
    Golden.assertAspect(EditableContainerProperties.builder().build(),
        "golden/aspects/editableContainerProperties-minimal.json");
  }

  @Test
  void richHoldsTheDescriptionWithNonAsciiEscaped() {
    EditableContainerProperties edited =
        EditableContainerProperties.of("Models of the churn team, edited in the UI: caf\u00e9 \u2192 ok");

    Golden.assertAspect(edited, "golden/aspects/editableContainerProperties-rich.json");
    assertThat(AspectCodec.toJson(edited)).contains("caf\\u00E9 \\u2192 ok");
  }

  @Test
  void unknownFieldsSurviveAChange() {
    EditableContainerProperties read =
        AspectCodec.fromJson(EditableContainerProperties.TYPE, "{\"description\":\"a\",\"later\":[1]}");

    assertThat(AspectCodec.toJson(read.toBuilder().description("b").build()))
        .isEqualTo("{\"description\":\"b\",\"later\":[1]}");
  }

  @Test
  void onlyAContainerCarriesIt() {
    assertThat(EditableContainerProperties.TYPE.entityTypes()).containsExactly(EntityTypes.CONTAINER);
    assertThat(EditableContainerProperties.TYPE.pegasusClass())
        .isEqualTo("com.linkedin.container.EditableContainerProperties");
  }
}
