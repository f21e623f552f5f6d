package io.mlmeta.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.local.LocalStore;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, independent answer to GMS's {@code POST /openapi/v3/entity/scroll} for {@link FakeGms}: it builds
 * each entity's search document in GMS's own field names, from the {@code @Searchable} annotations of upstream
 * {@code metadata-models/src/main/pegasus/com/linkedin/} ({@code metadata/key/MLModelKey.pdl}: platform, name,
 * origin; {@code common/GlobalTags.pdl}: tags; {@code common/GlossaryTerms.pdl}: glossaryTerms;
 * {@code common/Ownership.pdl}: owners; {@code domain/Domains.pdl}: domains; {@code common/CustomProperties.pdl}:
 * customProperties as {@code key=value}; {@code ml/metadata/MLModelDeploymentProperties.pdl}: deploymentStatus;
 * {@code common/VersionProperties.pdl}: aliases; {@code common/SubTypes.pdl}: typeNames; {@code common/Status.pdl}:
 * removed), and evaluates the
 * query-string terms the SDK sends ({@code field:"value"}, {@code (a:"x" OR b:"x")}, {@code name:*text*}) over
 * them, joined by AND. Not the SDK's index: the point is that both reach the same URNs.
 */
final class FakeSearch {
  private static final Pattern TERM = Pattern.compile("(\\w+):\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern WILDCARD = Pattern.compile("(\\w+):\\*((?:[^*\\\\]|\\\\.)*)\\*");

  private FakeSearch() {}

  /** The scroll answer: entities of {@code types} matching {@code query}, by URN, from offset {@code scrollId}. */
  static String answer(LocalStore store, Set<String> types, String query, boolean includeSoftDelete, int count,
      String scrollId) {
    Map<Urn, Map<String, Set<String>>> documents = documents(store);
    List<Urn> matches = new ArrayList<>();
    for (Map.Entry<Urn, Map<String, Set<String>>> entry : documents.entrySet()) {
      Map<String, Set<String>> doc = entry.getValue();
      if (types.contains(entry.getKey().entityType()) && (includeSoftDelete || !doc.getOrDefault("removed",
          Set.of()).contains("true")) && matches(doc, query)) {
        matches.add(entry.getKey());
      }
    }
    int from = scrollId == null ? 0 : Integer.parseInt(scrollId);
    int to = Math.min(matches.size(), from + count);
    StringBuilder out = new StringBuilder("{");
    if (to < matches.size()) {
      out.append("\"scrollId\":\"").append(to).append("\",");
    }
    out.append("\"entities\":[");
    for (int i = from; i < to; i++) {
      out.append(i > from ? "," : "").append("{\"urn\":").append(AspectCodec.valueToJson(matches.get(i).toString()))
          .append('}');
    }
    return out.append("],\"totalCount\":").append(matches.size()).append('}').toString();
  }

  private static boolean matches(Map<String, Set<String>> doc, String query) {
    if (query.equals("*")) {
      return true;
    }
    for (String clause : query.split(" AND ")) {
      if (!clauseHolds(doc, clause)) {
        return false;
      }
    }
    return true;
  }

  private static boolean clauseHolds(Map<String, Set<String>> doc, String clause) {
    Matcher wildcard = WILDCARD.matcher(clause);
    if (wildcard.matches()) {
      String text = wildcard.group(2).replaceAll("\\\\(.)", "$1").toLowerCase(Locale.ROOT);
      return doc.getOrDefault(wildcard.group(1), Set.of()).stream()
          .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(text));
    }
    Matcher term = TERM.matcher(clause);
    while (term.find()) {
      String value = term.group(2).replaceAll("\\\\(.)", "$1");
      if (doc.getOrDefault(term.group(1), Set.of()).contains(value)) {
        return true;
      }
    }
    return false;
  }

  private static Map<Urn, Map<String, Set<String>>> documents(LocalStore store) {
    Map<Urn, Map<String, Set<String>>> documents = new TreeMap<>();
    for (MetadataChangeProposal mcp : store.proposals()) {
      Map<String, Set<String>> doc = documents.computeIfAbsent(mcp.entityUrn(), u -> keyFields(u));
      JsonNode json = tree(AspectCodec.toJson(mcp.aspect().orElseThrow()));
      String aspect = mcp.aspectName();
      if (aspect.equals("globalTags")) {
        json.path("tags").forEach(t -> add(doc, "tags", t.path("tag").asText()));
      } else if (aspect.equals("glossaryTerms")) {
        json.path("terms").forEach(t -> add(doc, "glossaryTerms", t.path("urn").asText()));
      } else if (aspect.equals("ownership")) {
        json.path("owners").forEach(o -> add(doc, "owners", o.path("owner").asText()));
      } else if (aspect.equals("domains")) {
        json.path("domains").forEach(d -> add(doc, "domains", d.asText()));
      } else if (aspect.equals("status")) {
        add(doc, "removed", json.path("removed").asText("false"));
      } else if (aspect.equals("versionProperties")) {
        json.path("aliases").forEach(a -> add(doc, "aliases", a.path("versionTag").asText()));
      } else if (aspect.equals("subTypes")) {
        json.path("typeNames").forEach(t -> add(doc, "typeNames", t.asText()));
      } else if (aspect.equals("dataPlatformInstance")) {
        add(doc, "platform", json.path("platform").asText());
      } else if (aspect.equals("mlModelDeploymentProperties") && json.has("status")) {
        add(doc, "deploymentStatus", json.get("status").asText());
      } else if (aspect.equals("containerProperties") && json.has("env")) {
        add(doc, "env", json.get("env").asText());
      }
      if (aspect.endsWith("Properties")) {
        if (json.has("name")) {
          add(doc, "name", json.get("name").asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("customProperties").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> p = it.next();
          add(doc, "customProperties", p.getKey() + "=" + p.getValue().asText());
        }
      }
    }
    return documents;
  }

  /** The fields of a model's, group's or deployment's key aspect: platform, name, origin. */
  private static Map<String, Set<String>> keyFields(Urn urn) {
    Map<String, Set<String>> doc = new HashMap<>();
    if (urn.entityType().startsWith("mlModel")) {
      add(doc, "platform", urn.part(0));
      add(doc, "name", urn.decodedPart(1));
      add(doc, "origin", urn.part(2));
    }
    return doc;
  }

  private static void add(Map<String, Set<String>> doc, String field, String value) {
    doc.computeIfAbsent(field, f -> new HashSet<>()).add(value);
  }

  private static JsonNode tree(String json) {
    try {
      return WireJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
