package io.mlmeta.kafka.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;

/**
 * DataHub's {@code com.linkedin.pegasus2avro.mxe.FailedMetadataChangeProposal}, the value GMS writes to
 * {@code FailedMetadataChangeProposal_v1} when it cannot process a proposal: {@code auditHeader} (optional),
 * {@code metadataChangeProposal} (the proposal as GMS read it) and {@code error} (the message or stack trace).
 *
 * <p>The schema ({@code FailedMetadataChangeProposal.avsc} beside this class) is written from upstream's
 * {@code metadata-models/src/main/pegasus/com/linkedin/mxe/FailedMetadataChangeProposal.pdl}; it refers to the
 * {@code MetadataChangeProposal} and {@code KafkaAuditHeader} of {@link ProposalAvro#SCHEMA}. GMS produces it in
 * {@code metadata-dao-impl/kafka-producer/.../KafkaEventProducer.java} (produceFailedMetadataChangeProposalAsync),
 * keyed by the entity URN, in the Confluent framing.
 */
public final class FailedProposalAvro {
  /** DataHub's FailedMetadataChangeProposal schema, this module's reader schema. */
  public static final Schema SCHEMA = load();

  private FailedProposalAvro() {}

  /**
   * Decodes a Confluent-framed value written with {@code writer} (the schema its id names), resolved against
   * {@link #SCHEMA}.
   */
  public static GenericRecord decode(byte[] framed, Schema writer) {
    ProposalAvro.schemaId(framed);
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(framed, 5, framed.length - 5, null);
    try {
      return new GenericDatumReader<GenericRecord>(writer, SCHEMA).read(null, decoder);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not an Avro record of " + writer.getFullName() + " readable as "
          + SCHEMA.getFullName() + ": " + e, e);
    }
  }

  /** The proposal inside a failure record. */
  public static GenericRecord proposal(GenericRecord failure) {
    return (GenericRecord) failure.get("metadataChangeProposal");
  }

  /** The error text of a failure record. */
  public static String error(GenericRecord failure) {
    Object error = failure.get("error");
    return error == null ? "" : error.toString();
  }

  /** A string field of a proposal record, or null. */
  public static String text(GenericRecord proposal, String field) {
    Object value = proposal.get(field);
    return value == null ? null : value.toString();
  }

  /** {@code systemMetadata.properties[key]} of a proposal record, or null. */
  public static String property(GenericRecord proposal, String key) {
    Object sm = proposal.get("systemMetadata");
    if (!(sm instanceof GenericRecord)) {
      return null;
    }
    Object properties = ((GenericRecord) sm).get("properties");
    if (!(properties instanceof Map)) {
      return null;
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) properties).entrySet()) {
      if (key.equals(String.valueOf(e.getKey()))) {
        return e.getValue() == null ? null : e.getValue().toString();
      }
    }
    return null;
  }

  private static Schema load() {
    Schema.Parser parser = new Schema.Parser();
    parse(parser, "MetadataChangeProposal.avsc");
    return parse(parser, "FailedMetadataChangeProposal.avsc");
  }

  private static Schema parse(Schema.Parser parser, String resource) {
    try (InputStream in = FailedProposalAvro.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
