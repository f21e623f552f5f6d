package io.mlmeta.conformance;

import com.linkedin.data.DataMap;
import com.linkedin.data.codec.JacksonDataCodec;
import com.linkedin.data.schema.RecordDataSchema;
import com.linkedin.data.schema.validation.CoercionMode;
import com.linkedin.data.schema.validation.RequiredMode;
import com.linkedin.data.schema.validation.UnrecognizedFieldMode;
import com.linkedin.data.schema.validation.ValidateDataAgainstSchema;
import com.linkedin.data.schema.validation.ValidationOptions;
import com.linkedin.data.schema.validation.ValidationResult;
import com.linkedin.data.template.DataTemplateUtil;
import com.linkedin.data.template.RecordTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * DataHub's own compiled Pegasus schemas (from {@code io.acryl:datahub-client-java8}, test scope only) as a
 * validator: unknown fields are errors (DISALLOW), so a misspelt field name fails, and fields with defaults may be
 * absent.
 */
final class SchemaOracle {
  private static final ValidationOptions OPTIONS = new ValidationOptions(
      RequiredMode.CAN_BE_ABSENT_IF_HAS_DEFAULT, CoercionMode.NORMAL, UnrecognizedFieldMode.DISALLOW);

  private SchemaOracle() {}

  /** The oracle's schema for Pegasus record {@code pegasusClass}, if the jar has it. */
  static Optional<RecordDataSchema> schema(String pegasusClass) {
    try {
      Class<?> c = Class.forName(pegasusClass);
      return Optional.of((RecordDataSchema) DataTemplateUtil.getSchema(c.asSubclass(RecordTemplate.class)));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The validation errors of {@code json} against {@code schema}; empty when valid. */
  static List<String> errors(RecordDataSchema schema, String json) {
    DataMap data;
    try {
      data = new JacksonDataCodec().stringToMap(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ValidationResult result = ValidateDataAgainstSchema.validate(data, schema, OPTIONS);
    return result.isValid() ? List.of()
        : result.getMessages().stream().map(Object::toString).collect(Collectors.toList());
  }
}
