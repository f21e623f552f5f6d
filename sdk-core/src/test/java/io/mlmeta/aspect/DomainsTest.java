package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.Urn;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainsTest {
  private static final DomainUrn FORECASTING = DomainUrn.of("forecasting");
  private static final DomainUrn FINANCE = DomainUrn.of("finance");
  private static final DomainUrn RISK = DomainUrn.of("risk");

  @Test
  void domainsAreAListOfDomainUrns() {
    Golden.assertAspect(Domains.of(FORECASTING), "golden/aspects/domains-minimal.json");
  }

  @Test
  void associationsCarryContextAndAttribution() {
    DomainAssociation own = DomainAssociation.builder().domain(FORECASTING).context("set by the ML platform")
        .attribution(MetadataAttribution.builder().time(1700000000000L).actor(CorpUserUrn.of("jdoe"))
            .source(Urn.parse("urn:li:dataHubAction:domain_sync")).putSourceDetail("reason", "team ownership")
            .build())
        .build();
    DomainAssociation propagated = DomainAssociation.builder().domain(FINANCE)
        .attribution(MetadataAttribution.builder().time(1700000000001L).actor(CorpUserUrn.of("__datahub_system"))
            .putSourceDetail("propagated", "true").putSourceDetail("origin", "urn:li:container:abc").build())
        .build();

    Domains domains = Domains.builder().addDomains(FORECASTING).domainAssociations(List.of(own, propagated)).build();

    Golden.assertAspect(domains, "golden/aspects/domains-rich.json");
    assertThat(own.isPropagated()).isFalse();
    assertThat(propagated.isPropagated()).isTrue();
  }

  @Test
  void withoutAssociationsWithDomainsChangesOnlyTheDomains() {
    Domains read = AspectCodec.fromJson(Domains.TYPE, "{\"domains\":[\"urn:li:domain:forecasting\"],\"later\":1}");

    Domains changed = read.withDomains(List.of(RISK));

    assertThat(AspectCodec.toJson(changed)).isEqualTo("{\"domains\":[\"urn:li:domain:risk\"],\"later\":1}");
  }

  @Test
  void withDomainsKeepsTheAssociationsOfDomainsThatStayAndAddsPlainOnesForNewDomains() {
    Domains read = AspectCodec.fromJson(Domains.TYPE, Golden.resource("golden/aspects/domains-rich.json"));

    Domains changed = read.withDomains(List.of(FORECASTING, RISK));

    assertThat(changed.domains()).containsExactly(FORECASTING, RISK);
    List<DomainAssociation> associations = changed.domainAssociations().orElseThrow();
    assertThat(associations).extracting(DomainAssociation::domain).containsExactly(FORECASTING, RISK);
    assertThat(associations.get(0)).isEqualTo(read.domainAssociations().orElseThrow().get(0));
    assertThat(associations.get(1)).isEqualTo(DomainAssociation.of(RISK));
  }

  @Test
  void aDomainHeldOnlyByPropagationGetsItsOwnAssociationWhenSet() {
    Domains read = AspectCodec.fromJson(Domains.TYPE, Golden.resource("golden/aspects/domains-rich.json"));

    Domains changed = read.withDomains(List.of(FINANCE));

    assertThat(changed.domainAssociations().orElseThrow()).extracting(DomainAssociation::domain,
        DomainAssociation::isPropagated).containsExactly(
            org.assertj.core.groups.Tuple.tuple(FINANCE, true), org.assertj.core.groups.Tuple.tuple(FINANCE, false));
  }

  @Test
  void noDomainsLeaveNoAssociations() {
    Domains read = AspectCodec.fromJson(Domains.TYPE, Golden.resource("golden/aspects/domains-rich.json"));

    assertThat(AspectCodec.toJson(read.withDomains(List.of())))
        .isEqualTo("{\"domains\":[],\"domainAssociations\":[]}");
  }

  @Test
  void aUrnOfAnotherTypeIsNotReadAsADomain() {
    assertThatThrownBy(() -> AspectCodec.fromJson(Domains.TYPE, "{\"domains\":[\"urn:li:tag:x\"]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("urn:li:tag:x");
  }

  @Test
  void eachDomainIsAnAssociatedWithRelationship() {
    assertThat(Domains.TYPE.relationships()).extracting(Object::toString)
        .containsExactly("domains/* -> AssociatedWith");
  }
}
