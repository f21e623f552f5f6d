package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.WireJson;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperParameterValueTest {
  @Test
  void eachMemberIsASingleKeyObjectNamingIt() {
    assertThat(json(HyperParameterValue.ofString("gini"))).isEqualTo("{\"string\":\"gini\"}");
    assertThat(json(HyperParameterValue.ofInt(100))).isEqualTo("{\"int\":100}");
    assertThat(json(HyperParameterValue.ofFloat(0.01f))).isEqualTo("{\"float\":0.01}");
    assertThat(json(HyperParameterValue.ofDouble(0.5))).isEqualTo("{\"double\":0.5}");
    assertThat(json(HyperParameterValue.ofBoolean(true))).isEqualTo("{\"boolean\":true}");
  }

  @Test
  void eachMemberReadsBack() throws JsonProcessingException {
    assertThat(read("{\"string\":\"gini\"}")).isEqualTo(HyperParameterValue.ofString("gini"));
    assertThat(read("{\"int\":100}")).isEqualTo(HyperParameterValue.ofInt(100));
    assertThat(read("{\"float\":0.01}")).isEqualTo(HyperParameterValue.ofFloat(0.01f));
    assertThat(read("{\"double\":0.5}")).isEqualTo(HyperParameterValue.ofDouble(0.5));
    assertThat(read("{\"boolean\":false}")).isEqualTo(HyperParameterValue.ofBoolean(false));
  }

  @Test
  void aFloatOrDoubleMayBeWrittenAsAnInteger() throws JsonProcessingException {
    assertThat(read("{\"float\":1}")).isEqualTo(HyperParameterValue.ofFloat(1f));
    assertThat(read("{\"double\":2}")).isEqualTo(HyperParameterValue.ofDouble(2d));
  }

  @Test
  void nonAsciiStringsAreEscapedOnTheWire() {
    assertThat(json(HyperParameterValue.ofString("é"))).isEqualTo("{\"string\":\"\\u00E9\"}");
  }

  @Test
  void aBareValueAnUnknownMemberOrAWrongTypeIsRefusedOnRead() {
    assertThatThrownBy(() -> read("0.01")).hasMessageContaining("single-key object");
    assertThatThrownBy(() -> read("{\"int\":1,\"float\":1.0}")).hasMessageContaining("single-key object");
    assertThatThrownBy(() -> read("{\"long\":5}"))
        .hasMessageContaining("unknown HyperParameterValueType member 'long'");
    assertThatThrownBy(() -> read("{\"int\":1.5}")).hasMessageContaining("member 'int' cannot hold 1.5");
    assertThatThrownBy(() -> read("{\"int\":3000000000}")).hasMessageContaining("member 'int' cannot hold");
    assertThatThrownBy(() -> read("{\"string\":5}")).hasMessageContaining("member 'string' cannot hold 5");
    assertThatThrownBy(() -> read("{\"boolean\":\"true\"}")).hasMessageContaining("member 'boolean'");
  }

  @Test
  void ofPicksTheMemberByJavaType() {
    assertThat(HyperParameterValue.of("adam")).isEqualTo(HyperParameterValue.ofString("adam"));
    assertThat(HyperParameterValue.of(new StringBuilder("sgd"))).isEqualTo(HyperParameterValue.ofString("sgd"));
    assertThat(HyperParameterValue.of(100)).isEqualTo(HyperParameterValue.ofInt(100));
    assertThat(HyperParameterValue.of((short) 3)).isEqualTo(HyperParameterValue.ofInt(3));
    assertThat(HyperParameterValue.of((byte) 2)).isEqualTo(HyperParameterValue.ofInt(2));
    assertThat(HyperParameterValue.of(7L)).isEqualTo(HyperParameterValue.ofInt(7));
    assertThat(HyperParameterValue.of(0.01f)).isEqualTo(HyperParameterValue.ofFloat(0.01f));
    assertThat(HyperParameterValue.of(0.5)).isEqualTo(HyperParameterValue.ofDouble(0.5));
    assertThat(HyperParameterValue.of(true)).isEqualTo(HyperParameterValue.ofBoolean(true));
    HyperParameterValue value = HyperParameterValue.ofInt(1);
    assertThat(HyperParameterValue.of(value)).isSameAs(value);
  }

  @Test
  void ofRefusesWhatTheUnionCannotHoldQuotingTheValue() {
    assertThatThrownBy(() -> HyperParameterValue.of(3_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3000000000").hasMessageContaining("int");
    assertThatThrownBy(() -> HyperParameterValue.of(new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.math.BigDecimal: 1.5");
    assertThatThrownBy(() -> HyperParameterValue.of(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    assertThatThrownBy(() -> HyperParameterValue.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    assertThatThrownBy(() -> HyperParameterValue.ofFloat(Float.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
  }

  @Test
  void mapOfKeepsTheMapsOrder() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("z_last_alphabetically", 1);
    values.put("a_first_alphabetically", "x");
    values.put("m", 0.25);

    assertThat(HyperParameterValue.mapOf(values)).containsExactly(
        Map.entry("z_last_alphabetically", HyperParameterValue.ofInt(1)),
        Map.entry("a_first_alphabetically", HyperParameterValue.ofString("x")),
        Map.entry("m", HyperParameterValue.ofDouble(0.25)));
  }

  @Test
  void mapOfNamesTheEntryItRefuses() {
    Map<String, Object> values = new HashMap<>();
    values.put("lr", null);
    assertThatThrownBy(() -> HyperParameterValue.mapOf(values))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'lr'");

    Map<String, Object> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    assertThatThrownBy(() -> HyperParameterValue.mapOf(nullKey))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must not be null");

    assertThatThrownBy(() -> HyperParameterValue.mapOf(Map.of("seed", 9_000_000_000L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hyperparameter 'seed'");
  }

  @Test
  void kindAndValueExposeTheMember() {
    HyperParameterValue value = HyperParameterValue.ofFloat(0.01f);

    assertThat(value.kind()).isEqualTo(HyperParameterValue.Kind.FLOAT);
    assertThat(value.kind().wireName()).isEqualTo("float");
    assertThat(value.value()).isEqualTo(0.01f);
    assertThat(value).hasToString("float:0.01");
  }

  @Test
  void membersOfDifferentKindsAreNotEqual() {
    assertThat(HyperParameterValue.ofInt(1)).isNotEqualTo(HyperParameterValue.ofDouble(1))
        .isNotEqualTo(HyperParameterValue.ofString("1"));
    assertThat(HyperParameterValue.ofDouble(0.5)).isEqualTo(HyperParameterValue.ofDouble(0.5))
        .hasSameHashCodeAs(HyperParameterValue.ofDouble(0.5));
  }

  private static String json(HyperParameterValue value) {
    return AspectCodec.valueToJson(value);
  }

  private static HyperParameterValue read(String json) throws JsonProcessingException {
    return WireJson.MAPPER.readValue(json, HyperParameterValue.class);
  }
}
