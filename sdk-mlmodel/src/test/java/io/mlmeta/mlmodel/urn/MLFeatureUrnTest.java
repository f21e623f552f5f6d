package io.mlmeta.mlmodel.urn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import org.junit.jupiter.api.Test;

class MLFeatureUrnTest {
  @Test
  void ofNamespaceAndNameIsATwoPartUrn() {
    MLFeatureUrn urn = MLFeatureUrn.of("customer", "tenure_days");

    assertThat(urn).hasToString("urn:li:mlFeature:(customer,tenure_days)");
    assertThat(urn.featureNamespace()).isEqualTo("customer");
    assertThat(urn.name()).isEqualTo("tenure_days");
    assertThat(urn.entityType()).isEqualTo("mlFeature");
  }

  @Test
  void parseRoundTripsAndEqualsTheUntypedUrn() {
    String text = "urn:li:mlFeature:(customer,tenure_days)";

    assertThat(MLFeatureUrn.parse(text)).hasToString(text).isEqualTo(MLFeatureUrn.of("customer", "tenure_days"))
        .isEqualTo(Urn.parse(text));
  }

  @Test
  void reservedCharactersAreEscapedAndDecoded() {
    MLFeatureUrn urn = MLFeatureUrn.of("cust(omer)", "spend,30d");

    assertThat(urn).hasToString("urn:li:mlFeature:(cust%28omer%29,spend%2C30d)");
    MLFeatureUrn parsed = MLFeatureUrn.parse(urn.toString());
    assertThat(parsed.featureNamespace()).isEqualTo("cust(omer)");
    assertThat(parsed.name()).isEqualTo("spend,30d");
  }

  @Test
  void unicodeIsKeptAsItIs() {
    MLFeatureUrn urn = MLFeatureUrn.of("客户", "durée");

    assertThat(urn).hasToString("urn:li:mlFeature:(客户,durée)");
    assertThat(MLFeatureUrn.parse(urn.toString()).name()).isEqualTo("durée");
  }

  @Test
  void anotherEntityTypeIsRefusedNamingBothTypes() {
    assertThatThrownBy(() -> MLFeatureUrn.parse("urn:li:mlPrimaryKey:(customer,id)"))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("expected a mlFeature URN but got a mlPrimaryKey URN");
  }

  @Test
  void aKeyOfOnePartIsRefused() {
    assertThatThrownBy(() -> MLFeatureUrn.parse("urn:li:mlFeature:tenure_days"))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("2 key parts (featureNamespace, name)")
        .hasMessageContaining("has 1");
  }

  @Test
  void emptyPartsAreRefusedNamingThePart() {
    assertThatThrownBy(() -> MLFeatureUrn.of("", "x"))
        .isInstanceOf(UrnSyntaxException.class).hasMessageContaining("featureNamespace");
    assertThatThrownBy(() -> MLFeatureUrn.of("customer", ""))
        .isInstanceOf(UrnSyntaxException.class).hasMessageContaining("name of an mlFeature URN");
  }

  @Test
  void aNullPartIsANullPointerExceptionNamingTheParameterNotAnInvalidUrn() {
    assertThatThrownBy(() -> MLFeatureUrn.of("customer", null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("name");
  }
}
