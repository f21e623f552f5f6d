package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrimitivePropertyValueTest {
  @Test
  void ofTakesTextAsAStringAndAnyNumberAsADouble() {
    assertThat(PrimitivePropertyValue.of(new StringBuilder("gold"))).isEqualTo(PrimitivePropertyValue.ofString("gold"));
    assertThat(PrimitivePropertyValue.of(3)).isEqualTo(PrimitivePropertyValue.ofDouble(3.0));
    assertThat(PrimitivePropertyValue.of(3L).value()).isEqualTo(3.0);
    assertThat(PrimitivePropertyValue.of(new BigDecimal("2.5")).doubleValue()).isEqualTo(2.5);
    assertThat(PrimitivePropertyValue.of(1.5f).isString()).isFalse();
  }

  @Test
  void ofReturnsAValueAsItIs() {
    PrimitivePropertyValue gold = PrimitivePropertyValue.ofString("gold");

    assertThat(PrimitivePropertyValue.of(gold)).isSameAs(gold);
  }

  @Test
  void ofRefusesOtherTypesQuotingValueAndClass() {
    assertThatThrownBy(() -> PrimitivePropertyValue.of(true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a java.lang.Boolean: true");
    assertThatThrownBy(() -> PrimitivePropertyValue.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was null");
  }

  @Test
  void nonFiniteNumbersAreRefused() {
    assertThatThrownBy(() -> PrimitivePropertyValue.ofDouble(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite number but was NaN");
    assertThatThrownBy(() -> PrimitivePropertyValue.of(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Infinity");
  }

  @Test
  void theAccessorOfTheOtherMemberThrowsNamingTheMember() {
    assertThatThrownBy(() -> PrimitivePropertyValue.ofString("gold").doubleValue())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("string:gold is a string, not a double");
    assertThatThrownBy(() -> PrimitivePropertyValue.ofDouble(3.0).stringValue())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("double:3.0 is a double, not a string");
  }

  @Test
  void aStringAndADoubleOfTheSameTextDiffer() {
    assertThat(PrimitivePropertyValue.ofString("3.0")).isNotEqualTo(PrimitivePropertyValue.ofDouble(3.0));
    assertThat(PrimitivePropertyValue.ofDouble(3.0)).hasSameHashCodeAs(PrimitivePropertyValue.of(3))
        .hasToString("double:3.0");
  }
}
