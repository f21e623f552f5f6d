package io.mlmeta.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HiddenConstructorTest {
  @Test
  void buildsThroughAPackagePrivateConstructorAndPassesItsExceptionsOn() {
    HiddenConstructor<Sample> constructor = HiddenConstructor.of(Sample.class, String.class, int.class);

    assertThat(constructor.newInstance("a", 2).value).isEqualTo("aa");
    assertThatThrownBy(() -> constructor.newInstance("a", -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times must be >= 0 but was -1");
  }

  @Test
  void namesAConstructorThatDoesNotExist() {
    assertThatThrownBy(() -> HiddenConstructor.of(Sample.class, Long.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io.mlmeta.internal.HiddenConstructorTest$Sample(Long)");
  }

  static final class Sample {
    final String value;

    Sample(String text, int times) {
      if (times < 0) {
        throw new IllegalArgumentException("times must be >= 0 but was " + times);
      }
      this.value = text.repeat(times);
    }
  }
}
