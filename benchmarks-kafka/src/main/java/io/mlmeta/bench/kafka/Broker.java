package io.mlmeta.bench.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** One KRaft broker (combined with its controller) in this JVM, on 127.0.0.1, with temporary log directories. */
final class Broker implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private Broker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  static Broker start() throws Exception {
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
        .setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1").build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new Broker(cluster);
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** Creates {@code topic} with one partition. */
  void createTopic(String topic) throws Exception {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
  }

  /** The number of records on {@code topic}'s partition 0. */
  long records(String topic) throws Exception {
    try (Admin admin = admin()) {
      TopicPartition p = new TopicPartition(topic, 0);
      return admin.listOffsets(Map.of(p, OffsetSpec.latest())).partitionResult(p).get().offset();
    }
  }

  private Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
