package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.urn.DatasetUrn;
import org.junit.jupiter.api.Test;

class BaseDataTest {
  @Test
  void aDatasetAloneIsWrittenAlone() {
    String json = AspectCodec.valueToJson(BaseData.of(DatasetUrn.of("s3", "bucket/train.csv")));

    assertThat(json).isEqualTo("{\"dataset\":\"urn:li:dataset:(urn:li:dataPlatform:s3,bucket/train.csv,PROD)\"}");
  }

  @Test
  void withoutADatasetIsRefusedNamingTheField() {
    assertThatThrownBy(() -> BaseData.builder().motivation("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dataset");
  }

  @Test
  void aDatasetThatIsNotADatasetUrnIsRefusedOnRead() {
    String json = "{\"trainingData\":[{\"dataset\":\"urn:li:mlModel:(urn:li:dataPlatform:mlflow,m,PROD)\"}]}";

    assertThatThrownBy(() -> AspectCodec.fromJson(MLModelTrainingData.TYPE, json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a dataset URN but got a mlModel URN");
  }
}
