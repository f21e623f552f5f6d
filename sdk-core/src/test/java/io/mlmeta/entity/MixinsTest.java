package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixinsTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,m,PROD)");

  static final class Model extends Entity<Model> implements HasOwners<Model>, HasTags<Model>, HasTerms<Model>,
      HasDomain<Model>, HasLifecycle<Model>, HasPlatformInstance<Model>, HasContainer<Model>, HasLinks<Model>,
      HasSubTypes<Model> {
    Model() {
      super(URN, List.of());
    }

    Model(EntityAspects read) {
      super(read);
    }

    @Override
    protected List<AspectType<?>> aspectOrder() {
      return List.of();
    }
  }

  @Test
  void tagsAreAddedOnceAndRemoved() {
    Model m = new Model().addTag(TagUrn.of("a")).addTag(TagUrn.of("b")).addTag(TagUrn.of("a"));
    assertThat(m.tags()).containsExactly(TagUrn.of("a"), TagUrn.of("b"));

    m.removeTag(TagUrn.of("a"));
    assertThat(m.tags()).containsExactly(TagUrn.of("b"));
  }

  @Test
  void termsGetDataHubsDefaultStamp() {
    Model m = new Model().addTerm(GlossaryTermUrn.of("forecasting")).addTerm(GlossaryTermUrn.of("forecasting"));

    GlossaryTerms terms = m.aspect(GlossaryTerms.TYPE).orElseThrow();
    assertThat(terms.terms()).hasSize(1);
    assertThat(terms.auditStamp()).isEqualTo(AuditStamp.of(0L, CorpUserUrn.of("__ingestion")));
  }

  @Test
  void ownersAreDedupedByOwnerAndType() {
    Model m = new Model().addOwner(CorpUserUrn.of("a")).addOwner(CorpUserUrn.of("a"))
        .addOwner(CorpUserUrn.of("a"), OwnershipType.BUSINESS_OWNER);
    assertThat(m.owners()).extracting(Owner::type)
        .containsExactly(OwnershipType.TECHNICAL_OWNER, OwnershipType.BUSINESS_OWNER);

    m.removeOwner(CorpUserUrn.of("a"));
    assertThat(m.owners()).isEmpty();
  }

  @Test
  void domainLifecycleAndPlacement() {
    Model m = new Model()
        .setDomain(DomainUrn.of("customer-analytics"))
        .deprecate("replaced by v2", CorpUserUrn.of("jdoe"))
        .softDelete()
        .setPlatformInstance(DataPlatformInstanceUrn.of(DataPlatformUrn.of("mlflow"), "eu"))
        .setContainer(ContainerUrn.of("abc"))
        .addLink("https://wiki/model", "design doc").addLink("https://wiki/model", "again");

    assertThat(m.domain()).contains(DomainUrn.of("customer-analytics"));
    assertThat(m.deprecation().orElseThrow().note()).isEqualTo("replaced by v2");
    assertThat(m.isRemoved()).isTrue();
    assertThat(m.restore().isRemoved()).isFalse();
    assertThat(m.platformInstance()).contains(DataPlatformInstanceUrn.of(DataPlatformUrn.of("mlflow"), "eu"));
    assertThat(m.container()).contains(ContainerUrn.of("abc"));
    assertThat(m.links()).hasSize(1);
    assertThat(m.removeDomain().domain()).isEmpty();
    assertThat(m.toMcps()).extracting(mcp -> mcp.aspectName()).containsExactlyInAnyOrder(
        "domains", "deprecation", "status", "dataPlatformInstance", "container", "institutionalMemory");
  }

  @Test
  void theLifecycleStageIsSetWithWhoSetItAndKeptApartFromSoftDeletion() {
    Urn retired = Urn.parse("urn:li:lifecycleStageType:retired");
    long before = System.currentTimeMillis();
    Model m = new Model().softDelete().setLifecycleStage(retired, CorpUserUrn.of("jdoe"));

    Status status = m.aspect(Status.TYPE).orElseThrow();
    assertThat(status.removed()).isTrue();
    assertThat(m.lifecycleStage()).contains(retired);
    assertThat(status.lifecycleLastUpdated().orElseThrow().actor()).isEqualTo(CorpUserUrn.of("jdoe"));
    assertThat(status.lifecycleLastUpdated().orElseThrow().time()).isBetween(before, System.currentTimeMillis());

    m.restore();
    assertThat(m.lifecycleStage()).contains(retired);
    m.clearLifecycleStage(CorpUserUrn.of("ops"));
    assertThat(m.lifecycleStage()).isEmpty();
    assertThat(m.aspect(Status.TYPE).orElseThrow().lifecycleLastUpdated().orElseThrow().actor())
        .isEqualTo(CorpUserUrn.of("ops"));
  }

  @Test
  void aLifecycleStageMustBeALifecycleStageTypeUrn() {
    assertThatThrownBy(() -> new Model().setLifecycleStage(Urn.parse("urn:li:tag:retired"), CorpUserUrn.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lifecycleStage").hasMessageContaining("urn:li:tag:retired")
        .hasMessageContaining("lifecycleStageType");
  }

  @Test
  void subTypesAreAddedOnceRemovedAndReplaced() {
    Model m = new Model().addSubType("ML Model").addSubType("LLM").addSubType("ML Model");
    assertThat(m.subTypes()).containsExactly("ML Model", "LLM");

    assertThat(m.removeSubType("ML Model").subTypes()).containsExactly("LLM");
    assertThat(m.setSubTypes(List.of("A", "B")).subTypes()).containsExactly("A", "B");
    assertThatThrownBy(() -> m.addSubType("")).hasMessageContaining("subType");
  }

  @Test
  void recordedAdditionsReappliedToANewerValueKeepTheOtherWritersAdditions() {
    Model m = read(GlobalTags.of(TagUrn.of("mine")));
    m.addTag(TagUrn.of("added-here"));
    m.addOwner(CorpUserUrn.of("me"));

    GlobalTags newer = GlobalTags.of(TagUrn.of("mine"), TagUrn.of("theirs"));
    PendingChange tags = m.pendingChanges().stream()
        .filter(c -> c.value().aspectName().equals("globalTags")).findFirst().orElseThrow();
    GlobalTags merged = (GlobalTags) tags.reapply(newer);

    assertThat(merged.tags()).extracting(t -> t.tag().name()).containsExactly("mine", "theirs", "added-here");
    Ownership theirOwners = Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of("them"), OwnershipType.TECHNICAL_OWNER)).build();
    PendingChange owners = m.pendingChanges().stream()
        .filter(c -> c.value().aspectName().equals("ownership")).findFirst().orElseThrow();
    assertThat(((Ownership) owners.reapply(theirOwners)).owners()).extracting(o -> o.owner().toString())
        .containsExactly("urn:li:corpuser:them", "urn:li:corpuser:me");
  }

  private static Model read(Aspect aspect) {
    return new Model(EntityAspects.of(URN, Map.of(aspect.aspectName(),
        VersionedAspect.of(aspect, SystemMetadata.builder().version("1").build()))));
  }

  @Test
  void softDeleteIsTheStatusAspect() {
    assertThat(new Model().softDelete().aspect(Status.TYPE)).contains(Status.of(true));
  }
}
