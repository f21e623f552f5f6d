package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.DomainUrn;
import org.junit.jupiter.api.Test;

class DomainsTest {
  @Test
  void domainsAreAListOfDomainUrns() {
    Golden.assertAspect(Domains.of(DomainUrn.of("forecasting")), "golden/aspects/domains-only.json");
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
