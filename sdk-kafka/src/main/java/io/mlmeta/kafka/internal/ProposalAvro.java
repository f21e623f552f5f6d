package io.mlmeta.kafka.internal;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.ProposalCodec;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * A proposal as DataHub's {@code com.linkedin.pegasus2avro.mxe.MetadataChangeProposal} Avro record, in the Confluent
 * framing: magic byte 0, the schema id as 4 big-endian bytes, then the Avro binary encoding.
 *
 * <p>The schema ({@code MetadataChangeProposal.avsc} beside this class) is the one DataHub generates from
 * {@code metadata-models/src/main/pegasus/com/linkedin/mxe/MetadataChangeProposal.pdl}, as shipped in
 * {@code io.acryl:datahub-client-java8:0.15.0rc20} (the jar's {@code MetadataChangeProposal.avsc}); see the module's
 * README. The aspect is a {@code GenericAspect}: the UTF-8 bytes of the same aspect JSON the REST emitter sends, with
 * its content type.
 */
public final class ProposalAvro {
  /** The first byte of every Confluent-framed value. */
  public static final byte MAGIC = 0;
  /** DataHub's MetadataChangeProposal schema. */
  public static final Schema SCHEMA = load("MetadataChangeProposal.avsc");

  private static final Schema GENERIC_ASPECT = SCHEMA.getField("aspect").schema().getTypes().get(1);
  private static final Schema SYSTEM_METADATA = SCHEMA.getField("systemMetadata").schema().getTypes().get(1);
  private static final Schema CHANGE_TYPE = SCHEMA.getField("changeType").schema();
  private static final GenericDatumWriter<GenericRecord> WRITER = new GenericDatumWriter<>(SCHEMA);
  private static final ThreadLocal<BinaryEncoder> ENCODERS = new ThreadLocal<>();

  private ProposalAvro() {}

  /** The proposal as an Avro record of {@link #SCHEMA}. */
  public static GenericRecord record(MetadataChangeProposal mcp) {
    GenericRecord r = new GenericData.Record(SCHEMA);
    r.put("entityType", mcp.entityType());
    r.put("entityUrn", mcp.entityUrn().toString());
    r.put("changeType", new GenericData.EnumSymbol(CHANGE_TYPE, mcp.changeType().name()));
    r.put("aspectName", mcp.aspectName());
    if (mcp.patch().isPresent()) {
      r.put("aspect", aspect(ProposalCodec.patchJson(mcp.patch().get()).getBytes(StandardCharsets.UTF_8),
          ProposalCodec.JSON_PATCH));
    } else if (mcp.aspect().isPresent()) {
      r.put("aspect", aspect(AspectCodec.toJsonBytes(mcp.aspect().get()), ProposalCodec.JSON));
    }
    mcp.systemMetadata().ifPresent(sm -> r.put("systemMetadata", systemMetadata(sm)));
    if (!mcp.headers().isEmpty()) {
      r.put("headers", new LinkedHashMap<>(mcp.headers()));
    }
    return r;
  }

  /** The proposal's Confluent-framed Avro bytes under {@code schemaId}. */
  public static byte[] encode(MetadataChangeProposal mcp, int schemaId) {
    GenericRecord record = record(mcp);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    out.write(MAGIC);
    out.write(schemaId >>> 24);
    out.write(schemaId >>> 16);
    out.write(schemaId >>> 8);
    out.write(schemaId);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, ENCODERS.get());
    ENCODERS.set(encoder);
    try {
      WRITER.write(record, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The schema id of a Confluent-framed value. */
  public static int schemaId(byte[] framed) {
    checkFramed(framed);
    return ByteBuffer.wrap(framed, 1, 4).getInt();
  }

  /** Decodes a Confluent-framed value written with {@code writer} (this module's schema if in doubt). */
  public static GenericRecord decode(byte[] framed, Schema writer) {
    checkFramed(framed);
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(framed, 5, framed.length - 5, null);
    try {
      return new GenericDatumReader<GenericRecord>(writer).read(null, decoder);
    } catch (IOException e) {
      throw new UncheckedIOException("not an Avro record of " + writer.getFullName(), e);
    }
  }

  private static void checkFramed(byte[] framed) {
    if (framed.length < 5 || framed[0] != MAGIC) {
      throw new IllegalArgumentException("not a Confluent-framed value: " + framed.length + " bytes"
          + (framed.length == 0 ? "" : ", magic byte " + framed[0]));
    }
  }

  private static GenericRecord aspect(byte[] json, String contentType) {
    GenericRecord a = new GenericData.Record(GENERIC_ASPECT);
    a.put("value", ByteBuffer.wrap(json));
    a.put("contentType", contentType);
    return a;
  }

  private static GenericRecord systemMetadata(SystemMetadata sm) {
    GenericRecord r = new GenericData.Record(SYSTEM_METADATA);
    r.put("lastObserved", sm.lastObserved());
    r.put("runId", sm.runId());
    r.put("lastRunId", sm.lastRunId().orElse(null));
    if (!sm.properties().isEmpty()) {
      r.put("properties", new LinkedHashMap<>(sm.properties()));
    }
    r.put("version", sm.version().orElse(null));
    return r;
  }

  /** Loads a schema resource beside this class. */
  static Schema load(String resource) {
    try (InputStream in = ProposalAvro.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
