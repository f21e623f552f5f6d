package io.mlmeta.mlmodel.urn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.PlatformScopedUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The three (platform, name, env) URNs of sdk-mlmodel behave alike; each case runs for each of them. */
class PlatformScopedMlUrnsTest {
  /** One URN class: its entity type and its factories. */
  static final class Kind {
    final String entityType;
    final Typed typed;
    final Prod prod;
    final WithEnv withEnv;
    final Function<String, PlatformScopedUrn> parse;

    Kind(String entityType, Typed typed, Prod prod, WithEnv withEnv, Function<String, PlatformScopedUrn> parse) {
      this.entityType = entityType;
      this.typed = typed;
      this.prod = prod;
      this.withEnv = withEnv;
      this.parse = parse;
    }

    String text(String key) {
      return "urn:li:" + entityType + ":" + key;
    }

    @Override
    public String toString() {
      return entityType;
    }
  }

  interface Typed {
    PlatformScopedUrn of(DataPlatformUrn platform, String name, FabricType env);
  }

  interface Prod {
    PlatformScopedUrn of(String platform, String name);
  }

  interface WithEnv {
    PlatformScopedUrn of(String platform, String name, String env);
  }

  static Stream<Kind> kinds() {
    return Stream.of(
        new Kind("mlModel", MLModelUrn::of, MLModelUrn::of, MLModelUrn::of, MLModelUrn::parse),
        new Kind("mlModelGroup", MLModelGroupUrn::of, MLModelGroupUrn::of, MLModelGroupUrn::of,
            MLModelGroupUrn::parse),
        new Kind("mlModelDeployment", MLModelDeploymentUrn::of, MLModelDeploymentUrn::of, MLModelDeploymentUrn::of,
            MLModelDeploymentUrn::parse));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void ofPlatformAndNameIsInProd(Kind kind) {
    PlatformScopedUrn urn = kind.prod.of("mlflow", "churn_model");

    assertThat(urn).hasToString(kind.text("(urn:li:dataPlatform:mlflow,churn_model,PROD)"));
    assertThat(urn.platform()).isEqualTo(DataPlatformUrn.of("mlflow"));
    assertThat(urn.name()).isEqualTo("churn_model");
    assertThat(urn.env()).isEqualTo(FabricType.PROD);
    assertThat(urn.entityType()).isEqualTo(kind.entityType);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void parseRoundTripsAndEqualsTheUntypedUrn(Kind kind) {
    String text = kind.text("(urn:li:dataPlatform:sagemaker,churn-endpoint,DEV)");

    PlatformScopedUrn urn = kind.parse.apply(text);

    assertThat(urn).hasToString(text)
        .isEqualTo(kind.typed.of(DataPlatformUrn.of("sagemaker"), "churn-endpoint", FabricType.DEV));
    assertThat(Urn.parse(text)).isEqualTo(urn);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void envIsTakenInAnyCase(Kind kind) {
    assertThat(kind.withEnv.of("mlflow", "m", "dev").env()).isEqualTo(FabricType.DEV);
    assertThat(kind.withEnv.of("urn:li:dataPlatform:mlflow", "m", "Prod")).isEqualTo(kind.prod.of("mlflow", "m"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void reservedCharactersInTheNameAreEscapedAndDecoded(Kind kind) {
    PlatformScopedUrn urn = kind.prod.of("mlflow", "churn,v2 (beta)");

    assertThat(urn).hasToString(kind.text("(urn:li:dataPlatform:mlflow,churn%2Cv2 %28beta%29,PROD)"));
    assertThat(urn.name()).isEqualTo("churn,v2 (beta)");
    assertThat(kind.parse.apply(urn.toString()).name()).isEqualTo("churn,v2 (beta)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void unicodeNamesAreKeptAsTheyAre(Kind kind) {
    PlatformScopedUrn urn = kind.prod.of("mlflow", "modèle-客户流失");

    assertThat(urn).hasToString(kind.text("(urn:li:dataPlatform:mlflow,modèle-客户流失,PROD)"));
    assertThat(kind.parse.apply(urn.toString())).isEqualTo(urn);
    assertThat(kind.parse.apply(urn.toString()).name()).isEqualTo("modèle-客户流失");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anotherEntityTypeIsRefusedNamingBothTypes(Kind kind) {
    String dataset = "urn:li:dataset:(urn:li:dataPlatform:s3,bucket/train.csv,PROD)";

    assertThatThrownBy(() -> kind.parse.apply(dataset))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining(dataset)
        .hasMessageContaining("expected a " + kind.entityType + " URN")
        .hasMessageContaining("got a dataset URN");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aKeyOfTwoPartsIsRefused(Kind kind) {
    assertThatThrownBy(() -> kind.parse.apply(kind.text("(urn:li:dataPlatform:mlflow,churn)")))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("3 key parts (platform, name, env)")
        .hasMessageContaining("has 2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anUnknownEnvIsRefusedQuoted(Kind kind) {
    assertThatThrownBy(() -> kind.withEnv.of("mlflow", "churn", "LIVE"))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("'LIVE'");
    assertThatThrownBy(() -> kind.parse.apply(kind.text("(urn:li:dataPlatform:mlflow,churn,LIVE)")))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("unknown env (FabricType) 'LIVE'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anEmptyNameIsRefusedNamingThePart(Kind kind) {
    assertThatThrownBy(() -> kind.prod.of("mlflow", ""))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("name of an " + kind.entityType + " URN must not be empty");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aPlatformPartThatIsNotAPlatformUrnIsRefused(Kind kind) {
    assertThatThrownBy(() -> kind.parse.apply(kind.text("(urn:li:tag:mlflow,churn,PROD)")))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("not a dataPlatform URN");
  }

}
