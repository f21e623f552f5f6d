package io.mlmeta.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BytePartsTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[][] parts) {
    return new String(ByteParts.join(parts), StandardCharsets.UTF_8);
  }

  @Test
  void itemsAreSeparatedByCommasBetweenOpenAndClose() {
    assertThat(text(ByteParts.around(b("["), List.of(), b("]")))).isEqualTo("[]");
    assertThat(text(ByteParts.around(b("["), List.of(b("1")), b("]")))).isEqualTo("[1]");
    assertThat(text(ByteParts.around(b("{\"p\":["), List.of(b("1"), b("22"), b("333")), b("]}"))))
        .isEqualTo("{\"p\":[1,22,333]}");
  }

  @Test
  void itemsAreSharedNotCopiedAndTheLengthIsTheJoinedLength() {
    byte[] item = b("\"é\"");
    byte[][] parts = ByteParts.around(b("["), List.of(item, item), b("]"));

    assertThat(parts[1]).isSameAs(item);
    assertThat(ByteParts.length(parts)).isEqualTo(ByteParts.join(parts).length).isEqualTo(2 + 2 * 4 + 1);
  }
}
