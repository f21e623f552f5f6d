package io.mlmeta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** {@link NullArguments} itself: what it takes as naming the parameter, and what it reports. */
class NullArgumentsSelfTest {
  /** Three ways to meet a null, one of them right. */
  public static final class Samples {
    private Samples() {}

    /** Checks its argument. */
    public static int checked(String name) {
      return Objects.requireNonNull(name, "name").length();
    }

    /** Leaves it to the JVM, whose message quotes the parameter on Java 14+ and is empty on Java 11. */
    public static int dereferenced(String name) {
      return name.length();
    }

    /** Takes it without a word. */
    public static int taken(String name) {
      return name == null ? 0 : 1;
    }
  }

  @Test
  void onlyAnExplicitCheckNamesTheParameter() {
    NullArguments check = new NullArguments();

    List<String> problems = check.problems(List.of(Samples.class));

    assertThat(problems).hasSize(2)
        .contains("NullArgumentsSelfTest.Samples.taken(name): took null without a word")
        .anySatisfy(p -> assertThat(p).startsWith("NullArgumentsSelfTest.Samples.dereferenced(name): threw "
            + "java.lang.NullPointerException"));
    assertThat(check.calls()).isEqualTo(3);
  }
}
