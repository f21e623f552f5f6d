package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class ApplicationsTest {
  private static final Urn CHURN = Urn.parse("urn:li:application:churn-prediction");
  private static final Urn PRICING = Urn.parse("urn:li:application:pricing");

  @Test
  void applicationsAreAListOfApplicationUrns() {
    Golden.assertAspect(Applications.of(CHURN, PRICING), "golden/aspects/applications-only.json");
  }

  @Test
  void aUrnOfAnotherTypeIsRefusedNamingFieldAndValue() {
    assertThatThrownBy(() -> Applications.of(CHURN, Urn.parse("urn:li:domain:pricing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Applications.applications element must be an urn:li:application urn")
        .hasMessageContaining("urn:li:domain:pricing");
  }

  @Test
  void aUrnOfAnotherTypeIsNotRead() {
    assertThatThrownBy(() -> AspectCodec.fromJson(Applications.TYPE, "{\"applications\":[\"urn:li:tag:x\"]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("urn:li:tag:x");
  }

  @Test
  void withApplicationAddsAtTheEndOnce() {
    assertThat(Applications.of(CHURN).withApplication(PRICING).applications()).containsExactly(CHURN, PRICING);
    assertThat(Applications.of(CHURN, PRICING).withApplication(CHURN).applications())
        .containsExactly(CHURN, PRICING);
  }

  @Test
  void withoutApplicationRemovesIt() {
    assertThat(Applications.of(CHURN, PRICING).withoutApplication(CHURN).applications()).containsExactly(PRICING);
    assertThat(Applications.of(CHURN).withoutApplication(PRICING)).isEqualTo(Applications.of(CHURN));
  }

  @Test
  void unknownFieldsSurviveAChange() {
    Applications read = AspectCodec.fromJson(Applications.TYPE, "{\"applications\":[],\"later\":\"x\"}");

    assertThat(AspectCodec.toJson(read.withApplication(CHURN)))
        .isEqualTo("{\"applications\":[\"" + CHURN + "\"],\"later\":\"x\"}");
  }

  @Test
  void eachApplicationIsAnAssociatedWithRelationship() {
    assertThat(Applications.TYPE.pegasusClass()).isEqualTo("com.linkedin.application.Applications");
    assertThat(Applications.TYPE.relationships()).extracting(Object::toString)
        .containsExactly("applications/* -> AssociatedWith");
    assertThat(Applications.TYPE.appliesTo(EntityTypes.ML_MODEL_DEPLOYMENT)).isFalse();
    assertThat(Applications.TYPE.appliesTo(EntityTypes.ML_MODEL_GROUP)).isTrue();
  }
}
