package io.mlmeta.search;

import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a search looks for: entity types (by default the five ML ones, {@link #ML_ENTITY_TYPES}) and filters that
 * must all hold: platform, env, a text in the name, tags, glossary terms, domain, owner, custom properties,
 * deployment status, version alias, sub-type. Soft-deleted entities ({@code status.removed = true}) are left out unless
 * {@link Builder#includeRemoved(boolean)}. Immutable and thread-safe; every filter is checked when it is set.
 *
 * <pre>{@code
 * SearchQuery productionModels = SearchQuery.builder()
 *     .addEntityType("mlModel")
 *     .platform(DataPlatformUrn.of("mlflow"))
 *     .addTag(TagUrn.of("production"))
 *     .build();
 * }</pre>
 */
public final class SearchQuery {
  /** The ML entity types a query covers by default: models, groups, deployments, runs, experiments. */
  public static final Set<String> ML_ENTITY_TYPES = Collections.unmodifiableSet(new TreeSet<>(Set.of("mlModel",
      "mlModelGroup", "mlModelDeployment", "dataProcessInstance", "container")));
  /** DataHub's {@code DeploymentStatus} symbols, what {@link Builder#deploymentStatus(String)} takes. */
  public static final Set<String> DEPLOYMENT_STATUSES = Collections.unmodifiableSet(new TreeSet<>(Set.of(
      "OUT_OF_SERVICE", "CREATING", "UPDATING", "ROLLING_BACK", "IN_SERVICE", "DELETING", "FAILED", "UNKNOWN")));
  /** The default number of URNs asked for per page. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  /** The largest page size. */
  public static final int MAX_PAGE_SIZE = 1000;

  private final SortedSet<String> entityTypes;
  private final DataPlatformUrn platform;
  private final FabricType env;
  private final String nameContains;
  private final SortedSet<TagUrn> tags;
  private final SortedSet<GlossaryTermUrn> terms;
  private final DomainUrn domain;
  private final Urn owner;
  private final SortedMap<String, String> customProperties;
  private final String deploymentStatus;
  private final String versionAlias;
  private final String subType;
  private final boolean includeRemoved;
  private final int pageSize;

  private SearchQuery(Builder b, Set<String> entityTypes) {
    this.entityTypes = Collections.unmodifiableSortedSet(new TreeSet<>(entityTypes));
    this.platform = b.platform;
    this.env = b.env;
    this.nameContains = b.nameContains;
    this.tags = Collections.unmodifiableSortedSet(new TreeSet<>(b.tags));
    this.terms = Collections.unmodifiableSortedSet(new TreeSet<>(b.terms));
    this.domain = b.domain;
    this.owner = b.owner;
    this.customProperties = Collections.unmodifiableSortedMap(new TreeMap<>(b.customProperties));
    this.deploymentStatus = b.deploymentStatus;
    this.versionAlias = b.versionAlias;
    this.subType = b.subType;
    this.includeRemoved = b.includeRemoved;
    this.pageSize = b.pageSize;
  }

  /** A builder with no filters: every ML entity that is not soft-deleted. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    if (!entityTypes.equals(ML_ENTITY_TYPES)) {
      b.entityTypes.addAll(entityTypes);
    }
    b.platform = platform;
    b.env = env;
    b.nameContains = nameContains;
    b.tags.addAll(tags);
    b.terms.addAll(terms);
    b.domain = domain;
    b.owner = owner;
    b.customProperties.putAll(customProperties);
    b.deploymentStatus = deploymentStatus;
    b.versionAlias = versionAlias;
    b.subType = subType;
    b.includeRemoved = includeRemoved;
    b.pageSize = pageSize;
    return b;
  }

  /** The entity types searched, sorted; never empty (default {@link #ML_ENTITY_TYPES}). */
  public SortedSet<String> entityTypes() {
    return entityTypes;
  }

  /** The platform the entities are on. */
  public Optional<DataPlatformUrn> platform() {
    return Optional.ofNullable(platform);
  }

  /** The env (fabric): a model's, group's or deployment's {@code origin}, an experiment's {@code env}. */
  public Optional<FabricType> env() {
    return Optional.ofNullable(env);
  }

  /** A text the entity's name holds. */
  public Optional<String> nameContains() {
    return Optional.ofNullable(nameContains);
  }

  /** Tags the entity has, all of them; sorted. */
  public SortedSet<TagUrn> tags() {
    return tags;
  }

  /** Glossary terms the entity has, all of them; sorted. */
  public SortedSet<GlossaryTermUrn> terms() {
    return terms;
  }

  /** The domain the entity is in. */
  public Optional<DomainUrn> domain() {
    return Optional.ofNullable(domain);
  }

  /** An owner of the entity: a {@code corpuser} or {@code corpGroup} URN. */
  public Optional<Urn> owner() {
    return Optional.ofNullable(owner);
  }

  /** Custom properties the entity has, each with this value; sorted by key. */
  public SortedMap<String, String> customProperties() {
    return customProperties;
  }

  /** The deployment status, a symbol of {@link #DEPLOYMENT_STATUSES}. */
  public Optional<String> deploymentStatus() {
    return Optional.ofNullable(deploymentStatus);
  }

  /** A version alias the entity has (its {@code versionProperties.aliases}), e.g. {@code champion}. */
  public Optional<String> versionAlias() {
    return Optional.ofNullable(versionAlias);
  }

  /** A sub-type the entity has (its {@code subTypes.typeNames}), e.g. {@code ML Experiment}. */
  public Optional<String> subType() {
    return Optional.ofNullable(subType);
  }

  /** Whether soft-deleted entities are found too; default false. */
  public boolean includeRemoved() {
    return includeRemoved;
  }

  /** How many URNs are asked for per page; default {@value #DEFAULT_PAGE_SIZE}. */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SearchQuery)) {
      return false;
    }
    SearchQuery q = (SearchQuery) o;
    return q.entityTypes.equals(entityTypes) && Objects.equals(q.platform, platform) && q.env == env
        && Objects.equals(q.nameContains, nameContains) && q.tags.equals(tags) && q.terms.equals(terms)
        && Objects.equals(q.domain, domain) && Objects.equals(q.owner, owner)
        && q.customProperties.equals(customProperties) && Objects.equals(q.deploymentStatus, deploymentStatus)
        && Objects.equals(q.versionAlias, versionAlias) && Objects.equals(q.subType, subType)
        && q.includeRemoved == includeRemoved
        && q.pageSize == pageSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityTypes, platform, env, nameContains, tags, terms, domain, owner, customProperties,
        deploymentStatus, versionAlias, subType, includeRemoved, pageSize);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SearchQuery{types=").append(entityTypes);
    append(s, "platform", platform);
    append(s, "env", env);
    append(s, "nameContains", nameContains);
    append(s, "tags", tags.isEmpty() ? null : tags);
    append(s, "terms", terms.isEmpty() ? null : terms);
    append(s, "domain", domain);
    append(s, "owner", owner);
    append(s, "customProperties", customProperties.isEmpty() ? null : customProperties);
    append(s, "deploymentStatus", deploymentStatus);
    append(s, "versionAlias", versionAlias);
    append(s, "subType", subType);
    if (includeRemoved) {
      s.append(", includeRemoved");
    }
    return s.append(", pageSize=").append(pageSize).append('}').toString();
  }

  private static void append(StringBuilder s, String name, Object value) {
    if (value != null) {
      s.append(", ").append(name).append('=').append(value);
    }
  }

  /** Builds a {@link SearchQuery}; not thread-safe. Setting a filter again replaces it. */
  public static final class Builder {
    private final Set<String> entityTypes = new TreeSet<>();
    private DataPlatformUrn platform;
    private FabricType env;
    private String nameContains;
    private final Set<TagUrn> tags = new TreeSet<>();
    private final Set<GlossaryTermUrn> terms = new TreeSet<>();
    private DomainUrn domain;
    private Urn owner;
    private final Map<String, String> customProperties = new TreeMap<>();
    private String deploymentStatus;
    private String versionAlias;
    private String subType;
    private boolean includeRemoved;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {}

    /** Replaces the entity types to search, e.g. {@code Set.of("mlModel", "mlModelGroup")}; empty: the ML ones. */
    public Builder entityTypes(Set<String> types) {
      Objects.requireNonNull(types, "types");
      Set<String> checked = new TreeSet<>();
      for (String type : types) {
        checked.add(entityType(type));
      }
      entityTypes.clear();
      entityTypes.addAll(checked);
      return this;
    }

    /** Adds an entity type to search, e.g. {@code "mlModelDeployment"}. */
    public Builder addEntityType(String type) {
      entityTypes.add(entityType(type));
      return this;
    }

    /** Only entities on {@code platform}. */
    public Builder platform(DataPlatformUrn platform) {
      this.platform = Objects.requireNonNull(platform, "platform");
      return this;
    }

    /** Only entities of env {@code env}. */
    public Builder env(FabricType env) {
      this.env = Objects.requireNonNull(env, "env");
      return this;
    }

    /**
     * Only entities whose name holds {@code text}, without regard to case. The local store compares the whole
     * text with every name of the entity (its key's and its properties' {@code name}); GMS is sent
     * {@code name:*text*}, the text lower-cased, and matches it against its index of the name, which newer servers
     * keep as one lower-cased keyword (the same substring match) and older ones as words (there, give one word).
     */
    public Builder nameContains(String text) {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("nameContains must not be blank but was '" + text + "'");
      }
      this.nameContains = text;
      return this;
    }

    /** Replaces the tags the entities must all have. */
    public Builder tags(Set<TagUrn> tags) {
      Objects.requireNonNull(tags, "tags");
      tags.forEach(t -> Objects.requireNonNull(t, "tags"));
      this.tags.clear();
      this.tags.addAll(tags);
      return this;
    }

    /** Adds a tag the entities must have. */
    public Builder addTag(TagUrn tag) {
      tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /** Replaces the glossary terms the entities must all have. */
    public Builder terms(Set<GlossaryTermUrn> terms) {
      Objects.requireNonNull(terms, "terms");
      terms.forEach(t -> Objects.requireNonNull(t, "terms"));
      this.terms.clear();
      this.terms.addAll(terms);
      return this;
    }

    /** Adds a glossary term the entities must have. */
    public Builder addTerm(GlossaryTermUrn term) {
      terms.add(Objects.requireNonNull(term, "term"));
      return this;
    }

    /** Only entities in {@code domain}. */
    public Builder domain(DomainUrn domain) {
      this.domain = Objects.requireNonNull(domain, "domain");
      return this;
    }

    /** Only entities {@code owner} (a {@code corpuser} or {@code corpGroup} URN) owns, whatever the owner type. */
    public Builder owner(Urn owner) {
      Objects.requireNonNull(owner, "owner");
      if (!owner.entityType().equals("corpuser") && !owner.entityType().equals("corpGroup")) {
        throw new IllegalArgumentException("owner must be a corpuser or corpGroup URN but was " + owner);
      }
      this.owner = owner;
      return this;
    }

    /** Adds a custom property the entities must have with exactly {@code value}. */
    public Builder putCustomProperty(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (key.isEmpty() || key.contains("=")) {
        throw new IllegalArgumentException("custom property key must be non-empty and without '=' (DataHub "
            + "indexes a property as key=value) but was '" + key + "'");
      }
      customProperties.put(key, value);
      return this;
    }

    /**
     * Only deployments in {@code status}, one of {@link SearchQuery#DEPLOYMENT_STATUSES} such as
     * {@code IN_SERVICE}; the query must then search {@code mlModelDeployment}.
     */
    public Builder deploymentStatus(String status) {
      Objects.requireNonNull(status, "status");
      if (!DEPLOYMENT_STATUSES.contains(status)) {
        throw new IllegalArgumentException("deploymentStatus must be one of " + DEPLOYMENT_STATUSES + " but was '"
            + status + "'");
      }
      this.deploymentStatus = status;
      return this;
    }

    /** Only entities with version alias {@code alias}, e.g. {@code champion}. */
    public Builder versionAlias(String alias) {
      Objects.requireNonNull(alias, "alias");
      if (alias.isBlank()) {
        throw new IllegalArgumentException("versionAlias must not be blank but was '" + alias + "'");
      }
      this.versionAlias = alias;
      return this;
    }

    /**
     * Only entities with sub-type {@code subType} ({@code subTypes.typeNames}): {@code "ML Experiment"} for the
     * containers that are ML experiments (type {@code container} alone is every container, databases and schemas
     * too), {@code "ML Training Run"} for training runs.
     */
    public Builder subType(String subType) {
      Objects.requireNonNull(subType, "subType");
      if (subType.isBlank()) {
        throw new IllegalArgumentException("subType must not be blank but was '" + subType + "'");
      }
      this.subType = subType;
      return this;
    }

    /** Whether soft-deleted entities ({@code status.removed = true}) are found too; default false. */
    public Builder includeRemoved(boolean includeRemoved) {
      this.includeRemoved = includeRemoved;
      return this;
    }

    /** How many URNs to ask for per page, 1 to {@value SearchQuery#MAX_PAGE_SIZE}. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + " but was "
            + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalStateException if a deployment status is asked for but {@code mlModelDeployment} is not
     *     searched
     */
    public SearchQuery build() {
      Set<String> types = entityTypes.isEmpty() ? ML_ENTITY_TYPES : entityTypes;
      if (deploymentStatus != null && !types.contains("mlModelDeployment")) {
        throw new IllegalStateException("deploymentStatus " + deploymentStatus + " needs entity type "
            + "mlModelDeployment among the types searched, which are " + types);
      }
      return new SearchQuery(this, types);
    }

    private static String entityType(String type) {
      Objects.requireNonNull(type, "type");
      if (type.isEmpty() || !type.chars().allMatch(Character::isLetterOrDigit)) {
        throw new IllegalArgumentException("entity type must be a name such as 'mlModel', not '" + type + "'");
      }
      return type;
    }
  }
}
