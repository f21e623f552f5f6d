package io.mlmeta.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.KeyAspects;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GMS read responses (wire.md §3) to SDK values. */
final class ReadCodec {
  private ReadCodec() {}

  /**
   * The aspect in a Rest.li {@code VersionedAspect} answer, {@code {"urn", "version", "aspect": {"<Pegasus
   * class>": {...}}}}; for a {@link RawAspect} type, the first member whatever its class.
   *
   * @throws IllegalArgumentException if the answer does not have that shape
   */
  public static <A extends Aspect> A versionedAspect(AspectType<A> type, JsonNode body) {
    JsonNode wrapper = body.get("aspect");
    if (wrapper == null || !wrapper.isObject() || wrapper.size() == 0) {
      throw new IllegalArgumentException("expected {\"aspect\": {\"" + type.pegasusClass() + "\": {...}}} but got "
          + abbreviate(body));
    }
    JsonNode value = type.javaType() == RawAspect.class ? wrapper.elements().next() : wrapper.get(type.pegasusClass());
    if (value == null) {
      throw new IllegalArgumentException("the answer holds " + wrapper.fieldNames().next() + ", not "
          + type.pegasusClass());
    }
    return readAs(type, value);
  }

  /**
   * The aspects of an {@code /entitiesV2/{urn}} answer, {@code {"urn", "aspects": {"<name>": {"value": {...},
   * "systemMetadata": {...}}}}}. Key aspects (which GMS includes even for entities that do not exist) are left
   * out; an answer with no other aspect means the entity does not exist.
   */
  public static Optional<EntityAspects> entity(Urn urn, JsonNode body) {
    JsonNode aspects = body.path("aspects");
    if (!aspects.isObject()) {
      throw new IllegalArgumentException("expected {\"aspects\": {...}} but got " + abbreviate(body));
    }
    Map<String, VersionedAspect<Aspect>> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = aspects.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      if (KeyAspects.isKeyAspect(urn.entityType(), name)) {
        continue;
      }
      JsonNode envelope = field.getValue();
      JsonNode value = envelope.get("value");
      if (value == null || !value.isObject()) {
        continue;
      }
      Aspect aspect = AspectCodec.read(name, value);
      out.put(name, VersionedAspect.of(aspect, systemMetadata(envelope.get("systemMetadata"))));
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(EntityAspects.of(urn, out));
  }

  /**
   * One page of a Rest.li {@code /relationships} answer.
   *
   * @throws IllegalArgumentException if it has no {@code relationships} array or an edge is not a URN
   */
  public static RelationshipPage relationships(JsonNode body) {
    if (!body.path("relationships").isArray()) {
      throw new IllegalArgumentException("expected {\"relationships\": [...]} but got " + abbreviate(body));
    }
    List<Relationship> found = new ArrayList<>();
    for (JsonNode r : body.path("relationships")) {
      found.add(Relationship.of(r.path("type").asText(), Urn.parse(r.path("entity").asText())));
    }
    return new RelationshipPage(body.path("start").asInt(0), body.path("count").asInt(found.size()),
        body.path("total").asInt(found.size()), found);
  }

  /** The system metadata object of a read answer, or null when absent. */
  public static SystemMetadata systemMetadata(JsonNode json) {
    if (json == null || !json.isObject()) {
      return null;
    }
    return WireJson.MAPPER.convertValue(json, SystemMetadata.class);
  }

  @SuppressWarnings("unchecked")
  private static <A extends Aspect> A readAs(AspectType<A> type, JsonNode value) {
    if (type.javaType() == RawAspect.class) {
      return (A) RawAspect.of(type.name(), value.toString());
    }
    return AspectCodec.fromTree(type, value);
  }

  private static String abbreviate(JsonNode body) {
    String text = body.toString();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** One page of relationships: where it starts, how many it holds, how many there are in all. */
  public static final class RelationshipPage {
    private final int start;
    private final int count;
    private final int total;
    private final List<Relationship> relationships;

    RelationshipPage(int start, int count, int total, List<Relationship> relationships) {
      this.start = start;
      this.count = count;
      this.total = total;
      this.relationships = List.copyOf(relationships);
    }

    public int start() {
      return start;
    }

    public int count() {
      return count;
    }

    public int total() {
      return total;
    }

    public List<Relationship> relationships() {
      return relationships;
    }
  }
}
