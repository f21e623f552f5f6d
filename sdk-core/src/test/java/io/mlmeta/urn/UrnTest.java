package io.mlmeta.urn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrnTest {
  @Test
  void parsesANestedTupleIntoEntityTypeAndParts() {
    Urn urn = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");

    assertThat(urn.entityType()).isEqualTo("mlModel");
    assertThat(urn.parts()).containsExactly("urn:li:dataPlatform:mlflow", "churn", "PROD");
    assertThat(urn.key()).isEqualTo("(urn:li:dataPlatform:mlflow,churn,PROD)");
    assertThat(urn).hasToString("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");
  }

  @Test
  void keepsDeeplyNestedTuplesAsOnePart() {
    Urn urn = Urn.parse("urn:li:dataJob:(urn:li:dataFlow:(airflow,train_dag,prod),fit_model)");

    assertThat(urn.parts()).containsExactly("urn:li:dataFlow:(airflow,train_dag,prod)", "fit_model");
  }

  @Test
  void aSimpleKeyMayHoldColonsAndANestedUrn() {
    assertThat(Urn.parse("urn:li:tag:urn:li:tag:legacy").parts()).containsExactly("urn:li:tag:legacy");
    assertThat(Urn.parse("urn:li:glossaryTerm:Finance.Revenue:Gross").parts())
        .containsExactly("Finance.Revenue:Gross");
  }

  @Test
  void equalityAndOrderAreByTextWhateverTheJavaClass() {
    String text = "urn:li:dataset:(urn:li:dataPlatform:s3,bucket/train.csv,PROD)";
    Urn generic = Urn.parse(text);
    DatasetUrn typed = DatasetUrn.parse(text);

    assertThat(generic).isEqualTo(typed).hasSameHashCodeAs(typed);
    assertThat(typed).isEqualTo(generic);
    assertThat(Urn.parse("urn:li:tag:a")).isLessThan(Urn.parse("urn:li:tag:b"));
  }

  @Test
  void urlEncodingIsSeparateFromTheUrnText() {
    Urn urn = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn model,PROD)");

    assertThat(urn.urlEncoded())
        .isEqualTo("urn%3Ali%3AmlModel%3A%28urn%3Ali%3AdataPlatform%3Amlflow%2Cchurn%20model%2CPROD%29");
    assertThat(urn.toString()).contains("churn model");
  }

  @Test
  void urlEncodingEncodesUtf8Bytes() {
    assertThat(CorpUserUrn.of("jörg").urlEncoded()).isEqualTo("urn%3Ali%3Acorpuser%3Aj%C3%B6rg");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      // name given | URN text
      "plain-name_1.0               | urn:li:dataset:(urn:li:dataPlatform:s3,plain-name_1.0,PROD)",
      "a,b                          | urn:li:dataset:(urn:li:dataPlatform:s3,a%2Cb,PROD)",
      "f(x)                         | urn:li:dataset:(urn:li:dataPlatform:s3,f%28x%29,PROD)",
      "unit␟sep                     | urn:li:dataset:(urn:li:dataPlatform:s3,unit%E2%90%9Fsep,PROD)",
      "db.schema:table              | urn:li:dataset:(urn:li:dataPlatform:s3,db.schema:table,PROD)",
      "bucket/path/to/file.csv      | urn:li:dataset:(urn:li:dataPlatform:s3,bucket/path/to/file.csv,PROD)",
      "客户流失                      | urn:li:dataset:(urn:li:dataPlatform:s3,客户流失,PROD)",
      "café-ünïcode                 | urn:li:dataset:(urn:li:dataPlatform:s3,café-ünïcode,PROD)",
      "projects/1/models/(v2),final | urn:li:dataset:(urn:li:dataPlatform:s3,projects/1/models/%28v2%29%2Cfinal,PROD)",
  })
  void trickyNamesRoundTrip(String name, String expected) {
    DatasetUrn built = DatasetUrn.of("s3", name);

    assertThat(built).hasToString(expected);
    assertThat(built.name()).isEqualTo(name);
    DatasetUrn parsed = DatasetUrn.parse(expected);
    assertThat(parsed).isEqualTo(built).hasToString(expected);
    assertThat(parsed.name()).isEqualTo(name);
    assertThat(parsed.platform()).isEqualTo(DataPlatformUrn.of("s3"));
    assertThat(parsed.env()).isEqualTo(FabricType.PROD);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "a,b      | urn:li:corpuser:a%2Cb",
      "foo␟bar  | urn:li:corpuser:foo%E2%90%9Fbar",
      "x(y)     | urn:li:corpuser:x%28y%29",
      "jörg     | urn:li:corpuser:jörg",
      "a:b/c    | urn:li:corpuser:a:b/c",
  })
  void singlePartNamesAreEscapedAndRoundTrip(String name, String expected) {
    CorpUserUrn built = CorpUserUrn.of(name);

    assertThat(built).hasToString(expected);
    assertThat(CorpUserUrn.parse(expected)).isEqualTo(built);
    assertThat(CorpUserUrn.parse(expected).username()).isEqualTo(name);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      // input | message fragment
      "''                                                     | starts with 'urn:li:'",
      "urn:li:                                                | no ':' after the entity type",
      "urn:li:tag                                             | no ':' after the entity type",
      "urn:li::x                                              | entity type is empty",
      "urn:li:tag:                                            | key is empty",
      "urn:li:dataset:()                                      | key part 0 is empty",
      "urn:li:dataset:(urn:li:dataPlatform:s3,,PROD)          | key part 1 is empty",
      "urn:li:dataset:(urn:li:dataPlatform:s3,a,PROD,)        | key part 3 is empty",
      "urn:li:dataset:(urn:li:dataPlatform:s3,a,PROD          | unbalanced parentheses",
      "urn:li:dataset:urn:li:dataPlatform:s3,a,PROD)          | unbalanced parentheses",
      "urn:li:dataJob:(urn:li:dataFlow:(a,b,c,x)              | unbalanced parentheses",
      "urn:li:dataset:(urn:li:dataPlatform:s3,a,PROD)x        | text after the closing parenthesis",
      "urn:li:data-set:x                                      | may hold only letters and digits",
      "urn:li:mlModel:(urn:li:,x,PROD)                        | key part 0 is a malformed URN",
      "URN:LI:tag:x                                           | starts with 'urn:li:'",
  })
  void malformedUrnsAreRefusedQuotingTheInput(String input, String fragment) {
    assertThatThrownBy(() -> Urn.parse(input))
        .isInstanceOf(UrnSyntaxException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + input + "'")
        .hasMessageContaining(fragment);
  }

  @Test
  void nullIsRefusedWithASyntaxError() {
    assertThatThrownBy(() -> Urn.parse(null)).isInstanceOf(UrnSyntaxException.class).hasMessageContaining("null");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "urn:li:tag:x                                         | expected a dataset URN but got a tag URN",
      "urn:li:dataset:(urn:li:dataPlatform:s3,a)            | has 3 key parts (platform, name, env) but this one has 2",
      "urn:li:dataset:(urn:li:dataPlatform:s3,a,PROD,x)     | has 3 key parts (platform, name, env) but this one has 4",
      "urn:li:dataset:(urn:li:dataPlatform:s3,a,PRODUCTION) | unknown env (FabricType) 'PRODUCTION'",
      "urn:li:dataset:(urn:li:dataPlatform:s3,a,prod)       | unknown env (FabricType) 'prod'",
      "urn:li:dataset:(s3,a,PROD)                           | the platform part 's3' is not a dataPlatform URN",
  })
  void typedParseRefusesOtherShapes(String input, String fragment) {
    assertThatThrownBy(() -> DatasetUrn.parse(input))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("'" + input + "'")
        .hasMessageContaining(fragment);
  }

  @Test
  void typedSinglePartParseNamesBothTypes() {
    assertThatThrownBy(() -> CorpUserUrn.parse("urn:li:corpGroup:admins"))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("expected a corpuser URN but got a corpGroup URN");
  }

  @Test
  void singlePartFactoriesAcceptTheirOwnUrnText() {
    assertThat(TagUrn.of("urn:li:tag:legacy")).isEqualTo(TagUrn.of("legacy"));
    assertThat(DataPlatformUrn.of("urn:li:dataPlatform:mlflow")).isEqualTo(DataPlatformUrn.of("mlflow"));
    assertThat(TagUrn.of("urn:li:tag:urn:li:tag:legacy").name()).isEqualTo("urn:li:tag:legacy");
  }

  @ParameterizedTest
  @ValueSource(strings = {""})
  void emptyNamesAreRefusedNamingTheField(String empty) {
    assertThatThrownBy(() -> CorpUserUrn.of(empty)).hasMessageContaining("username");
    assertThatThrownBy(() -> DatasetUrn.of("s3", empty)).hasMessageContaining("name of a dataset URN");
    assertThatThrownBy(() -> DataProcessInstanceUrn.of(empty)).hasMessageContaining("id");
    assertThatThrownBy(() -> VersionSetUrn.of(empty, "mlModel")).hasMessageContaining("id of a versionSet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"line\nbreak", "tab\there", "nul\u0000", "del\u007f", "csi\u009b"})
  void namesWithControlCharactersAreRefusedOnEveryFactoryQuotedEscaped(String name) {
    String escaped = name.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\u0000")
        .replace("\u007f", "\\u007f").replace("\u009b", "\\u009b");
    for (Runnable make : List.<Runnable>of(() -> TagUrn.of(name), () -> CorpUserUrn.of(name),
        () -> DatasetUrn.of("hive", name), () -> DataPlatformUrn.of(name), () -> GlossaryTermUrn.of(name),
        () -> DataFlowUrn.of("airflow", name, "prod"), () -> VersionSetUrn.of(name, "mlModel"),
        () -> Urn.create("container", name))) {
      assertThatThrownBy(make::run).isInstanceOf(UrnSyntaxException.class)
          .hasMessageStartingWith("Invalid URN '" + escaped + "': ")
          .hasMessageContaining("must not hold control characters");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"churn ", " churn", "churn\u00a0", "\u2003churn"})
  void namesStartingOrEndingWithWhitespaceAreRefused(String name) {
    assertThatThrownBy(() -> TagUrn.of(name)).isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("name of a tag URN must not start or end with whitespace");
    assertThatThrownBy(() -> DatasetUrn.of("hive", name)).isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("name of a dataset URN must not start or end with whitespace");
  }

  @Test
  void spacesInsideANameAreKept() {
    assertThat(TagUrn.of("needs review").name()).isEqualTo("needs review");
  }

  @Test
  void parsedUrnsMayHoldWhatDataHubHolds() {
    assertThat(Urn.parse("urn:li:tag:line\nbreak ").key()).isEqualTo("line\nbreak ");
    assertThat(DatasetUrn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,tab\there,PROD)").name())
        .isEqualTo("tab\there");
  }

  @Test
  void aNullNameIsANullPointerExceptionNamingTheParameter() {
    assertThatThrownBy(() -> DataPlatformUrn.of(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("platformName");
    assertThatThrownBy(() -> DatasetUrn.of(DataPlatformUrn.of("hive"), null, FabricType.PROD))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void envStringsAreUpperCased() {
    assertThat(DatasetUrn.of("snowflake", "t", "dev").env()).isEqualTo(FabricType.DEV);
    assertThat(DatasetUrn.of("snowflake", "t", "non_prod")).hasToString(
        "urn:li:dataset:(urn:li:dataPlatform:snowflake,t,NON_PROD)");
  }

  @Test
  void fabricTypeHasAllSeventeenSymbolsAndRefusesOthers() {
    assertThat(FabricType.values()).extracting(Enum::name).containsExactly(
        "DEV", "TEST", "QA", "UAT", "EI", "PRE", "STG", "NON_PROD", "PROD", "CORP", "RVW", "PRD", "TST", "SIT",
        "SBX", "SANDBOX", "CERT");
    assertThatThrownBy(() -> FabricType.of("production"))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("'production'");
  }

  @Test
  void otherTypedUrnsExposeTheirParts() {
    VersionSetUrn set = VersionSetUrn.of("74f69e967c9dd1b4059344e6ea1e038f", "mlModel");
    assertThat(set).hasToString("urn:li:versionSet:(74f69e967c9dd1b4059344e6ea1e038f,mlModel)");
    assertThat(VersionSetUrn.parse(set.toString()).versionedEntityType()).isEqualTo("mlModel");

    DataPlatformInstanceUrn instance = DataPlatformInstanceUrn.of(DataPlatformUrn.of("mlflow"), "eu-west");
    assertThat(instance).hasToString("urn:li:dataPlatformInstance:(urn:li:dataPlatform:mlflow,eu-west)");
    assertThat(DataPlatformInstanceUrn.parse(instance.toString()).instance()).isEqualTo("eu-west");

    DataJobUrn job = DataJobUrn.of(DataFlowUrn.of("airflow", "train_dag", "prod"), "fit");
    assertThat(job).hasToString("urn:li:dataJob:(urn:li:dataFlow:(airflow,train_dag,prod),fit)");
    assertThat(DataJobUrn.parse(job.toString()).flow().flowId()).isEqualTo("train_dag");

    assertThat(DomainUrn.of("customer-analytics")).hasToString("urn:li:domain:customer-analytics");
    assertThat(ContainerUrn.of("541501e1c563a2fe26dddead6e9ea395").guid())
        .isEqualTo("541501e1c563a2fe26dddead6e9ea395");
    assertThat(GlossaryTermUrn.of("time-series")).hasToString("urn:li:glossaryTerm:time-series");
    assertThat(CorpGroupUrn.of("ml platform")).hasToString("urn:li:corpGroup:ml platform");
    assertThat(DataProcessInstanceUrn.of("0414_simple_training_run").id()).isEqualTo("0414_simple_training_run");
  }

  @Test
  void createEscapesEveryPart() {
    Urn urn = Urn.create("mlFeature", "users,v2", "age");
    assertThat(urn).hasToString("urn:li:mlFeature:(users%2Cv2,age)");
    assertThat(urn.decodedPart(0)).isEqualTo("users,v2");
    assertThat(List.of(urn.part(0), urn.part(1))).containsExactly("users%2Cv2", "age");
  }

  @Test
  void platformUrnsAreMadeOnceAndANameIsStillNotUrnText() {
    DataPlatformUrn mlflow = DataPlatformUrn.of("mlflow");

    assertThat(DataPlatformUrn.of("mlflow")).isSameAs(mlflow);
    assertThat(DataPlatformUrn.parse("urn:li:dataPlatform:mlflow")).isEqualTo(mlflow);
    assertThat(DataPlatformUrn.of("urn:li:dataPlatform:mlflow")).isEqualTo(mlflow);
    assertThatThrownBy(() -> DataPlatformUrn.parse("mlflow")).isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("mlflow");
    assertThatThrownBy(() -> DataPlatformUrn.of("")).isInstanceOf(UrnSyntaxException.class);
  }

  @Test
  void beyondTheKeptPlatformsUrnsAreStillRight() {
    for (int i = 0; i < 600; i++) {
      DataPlatformUrn platform = i % 2 == 0 ? DataPlatformUrn.of("p" + i)
          : DataPlatformUrn.parse("urn:li:dataPlatform:p" + i);
      assertThat(platform.toString()).isEqualTo("urn:li:dataPlatform:p" + i);
      assertThat(platform.platformName()).isEqualTo("p" + i);
      assertThat(DatasetUrn.of(platform, "t", FabricType.PROD).platform()).isEqualTo(platform);
    }
  }

  @Test
  void aNameThatLooksLikeAUrnIsStillCheckedWhenTheUrnIsBuilt() {
    assertThatThrownBy(() -> DatasetUrn.of(DataPlatformUrn.of("hive"), "urn:li:(", FabricType.PROD))
        .isInstanceOf(UrnSyntaxException.class).hasMessageContaining("key part 1");
  }
}
