package io.mlmeta.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the search index knows of one entity, drawn from its stored aspects as DataHub's {@code @Searchable}
 * annotations draw the search document: the entity type; the platform, name and env of an ML URN
 * ({@code mlModelKey}, {@code mlModelGroupKey}, {@code mlModelDeploymentKey}: platform, name, origin);
 * {@code dataPlatformInstance.platform}; the {@code name} of the properties aspects; {@code containerProperties.env};
 * {@code globalTags.tags[].tag}; {@code glossaryTerms.terms[].urn}; {@code ownership.owners[].owner};
 * {@code domains.domains[]}; {@code customProperties} of every {@code *Properties} aspect (as {@code key=value});
 * {@code mlModelDeploymentProperties.status}; {@code versionProperties.aliases[].versionTag};
 * {@code subTypes.typeNames[]};
 * {@code status.removed}. Immutable.
 */
final class SearchDocument {
  static final String TYPE = "type";
  static final String PLATFORM = "platform";
  static final String ENV = "env";
  static final String TAG = "tag";
  static final String TERM = "term";
  static final String DOMAIN = "domain";
  static final String OWNER = "owner";
  static final String PROPERTY = "property";
  static final String STATUS = "deploymentStatus";
  static final String ALIAS = "alias";
  static final String SUBTYPE = "subType";

  private static final Set<String> ML_KEYED = Set.of("mlModel", "mlModelGroup", "mlModelDeployment");

  private final Set<String> keys;
  private final List<String> names;
  private final boolean removed;

  private SearchDocument(Set<String> keys, List<String> names, boolean removed) {
    this.keys = keys;
    this.names = names;
    this.removed = removed;
  }

  /** The posting key of {@code value} in {@code field}. */
  static String key(String field, String value) {
    return field + '\u0000' + value;
  }

  /** The document of {@code urn} with the latest records of its versioned aspects, by aspect name. */
  static SearchDocument of(Urn urn, Map<String, AspectRecord> aspects) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    keys.add(key(TYPE, urn.entityType()));
    if (ML_KEYED.contains(urn.entityType()) && urn.parts().size() == 3) {
      keys.add(key(PLATFORM, urn.part(0)));
      names.add(urn.decodedPart(1).toLowerCase(Locale.ROOT));
      keys.add(key(ENV, urn.part(2)));
    }
    boolean removed = false;
    for (Map.Entry<String, AspectRecord> aspect : aspects.entrySet()) {
      String name = aspect.getKey();
      JsonNode json = aspect.getValue().json();
      switch (name) {
        case "dataPlatformInstance":
          text(json.path("platform"), PLATFORM, keys);
          break;
        case "globalTags":
          each(json.path("tags"), "tag", TAG, keys);
          break;
        case "glossaryTerms":
          each(json.path("terms"), "urn", TERM, keys);
          break;
        case "ownership":
          each(json.path("owners"), "owner", OWNER, keys);
          break;
        case "domains":
          for (JsonNode domain : json.path("domains")) {
            text(domain, DOMAIN, keys);
          }
          break;
        case "versionProperties":
          each(json.path("aliases"), "versionTag", ALIAS, keys);
          break;
        case "subTypes":
          for (JsonNode typeName : json.path("typeNames")) {
            text(typeName, SUBTYPE, keys);
          }
          break;
        case "status":
          removed = json.path("removed").asBoolean(false);
          break;
        default:
          break;
      }
      if (name.endsWith("Properties")) {
        properties(name, json, keys, names);
      }
    }
    return new SearchDocument(keys, names, removed);
  }

  private static void properties(String aspectName, JsonNode json, Set<String> keys, List<String> names) {
    if (json.path("name").isTextual()) {
      names.add(json.get("name").asText().toLowerCase(Locale.ROOT));
    }
    if (aspectName.equals("containerProperties")) {
      text(json.path("env"), ENV, keys);
    }
    if (aspectName.equals("mlModelDeploymentProperties")) {
      text(json.path("status"), STATUS, keys);
    }
    JsonNode custom = json.path("customProperties");
    for (Iterator<Map.Entry<String, JsonNode>> it = custom.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      keys.add(key(PROPERTY, property.getKey() + "=" + property.getValue().asText()));
    }
  }

  private static void each(JsonNode array, String field, String indexField, Set<String> keys) {
    for (JsonNode item : array) {
      text(item.path(field), indexField, keys);
    }
  }

  private static void text(JsonNode value, String field, Set<String> keys) {
    if (value.isTextual()) {
      keys.add(key(field, value.asText()));
    }
  }

  /** The posting keys: one per (field, value). */
  Set<String> keys() {
    return keys;
  }

  /** Whether a name holds {@code lowerCaseText}. */
  boolean nameContains(String lowerCaseText) {
    for (String name : names) {
      if (name.contains(lowerCaseText)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code status.removed} is true. */
  boolean removed() {
    return removed;
  }
}
