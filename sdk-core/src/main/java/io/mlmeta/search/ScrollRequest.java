package io.mlmeta.search;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.urn.Urn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link SearchQuery} as GMS's {@code POST /openapi/v3/entity/scroll} takes it: the entity types in the body and
 * the filters as one structured {@code query} (the endpoint searches with {@code fulltext=false}, so the query is
 * Elasticsearch query-string syntax over DataHub's search fields), each filter {@code field:"value"}, joined by
 * {@code AND}. The field names are those of the {@code @Searchable} annotations of DataHub's models. (Upstream:
 * {@code GenericEntitiesController.DEFAULT_SEARCH_FLAGS} sets {@code fulltext=false}, and
 * {@code SearchQueryBuilder.buildInternalQuery} then builds a query-string query rather than a simple one.)
 */
final class ScrollRequest {
  private ScrollRequest() {}

  /** The path with its query parameters, for the page after {@code cursor} ({@code ""}: the first). */
  static String path(SearchQuery query, String cursor) {
    StringBuilder path = new StringBuilder("/openapi/v3/entity/scroll?count=").append(query.pageSize())
        .append("&query=").append(encode(filters(query)))
        .append("&sort=urn&sortOrder=ASCENDING&includeSoftDelete=").append(query.includeRemoved());
    if (!cursor.isEmpty()) {
      path.append("&scrollId=").append(encode(cursor));
    }
    return path.toString();
  }

  /** The body: {@code {"entities":[...]}}, the types searched; no {@code aspects}, so every match is returned. */
  static String body(SearchQuery query) {
    List<String> types = new ArrayList<>();
    for (String type : query.entityTypes()) {
      types.add(AspectCodec.valueToJson(type));
    }
    return "{\"entities\":[" + String.join(",", types) + "]}";
  }

  /** The filters as one query-string query; {@code *} when there are none. */
  static String filters(SearchQuery query) {
    List<String> terms = new ArrayList<>();
    query.platform().ifPresent(p -> terms.add(term("platform", p)));
    query.env().ifPresent(e -> terms.add("(" + term("origin", e.name()) + " OR " + term("env", e.name()) + ")"));
    query.nameContains().ifPresent(text -> terms.add("name:*" + escapeBare(text.toLowerCase(Locale.ROOT)) + "*"));
    query.tags().forEach(tag -> terms.add(term("tags", tag)));
    query.terms().forEach(t -> terms.add(term("glossaryTerms", t)));
    query.domain().ifPresent(d -> terms.add(term("domains", d)));
    query.owner().ifPresent(o -> terms.add(term("owners", o)));
    for (Map.Entry<String, String> property : query.customProperties().entrySet()) {
      terms.add(term("customProperties", property.getKey() + "=" + property.getValue()));
    }
    query.deploymentStatus().ifPresent(s -> terms.add(term("deploymentStatus", s)));
    query.versionAlias().ifPresent(a -> terms.add(term("aliases", a)));
    query.subType().ifPresent(t -> terms.add(term("typeNames", t)));
    return terms.isEmpty() ? "*" : String.join(" AND ", terms);
  }

  private static String term(String field, Urn urn) {
    return term(field, urn.toString());
  }

  /** {@code field:"value"}, the value's {@code \} and {@code "} escaped. */
  private static String term(String field, String value) {
    return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** {@code text} with every character query-string syntax reserves, and whitespace, escaped by {@code \}. */
  static String escapeBare(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("+-=&|><!(){}[]^\"~*?:\\/".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
