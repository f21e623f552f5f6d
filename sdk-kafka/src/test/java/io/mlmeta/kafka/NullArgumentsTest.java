package io.mlmeta.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.testing.CoreSamples;
import io.mlmeta.testing.NullArguments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of sdk-kafka's public package, called with null for each reference parameter
 * in turn, fails at once naming the parameter, except where its Javadoc says null is allowed (the list below).
 */
class NullArgumentsTest {
  @Test
  void everyPublicMethodNamesTheParameterThatWasNull() {
    List<Class<?>> api = NullArguments.publicClasses(KafkaEmitter.class, "io.mlmeta.kafka");
    KafkaEmitterConfig config = KafkaEmitterConfig.builder().bootstrapServers("127.0.0.1:1")
        .schemaRegistryUrl("http://127.0.0.1:1").build();
    try (KafkaEmitter emitter = KafkaEmitter.create(config)) {
      NullArguments check = CoreSamples.register(new NullArguments())
          .sample(KafkaEmitterConfig.class, () -> config)
          .sample(KafkaEmitter.class, () -> emitter);

      assertThat(check.problems(api)).isEmpty();
      assertThat(check.calls()).as("calls made").isGreaterThan(15);
    }
  }
}
