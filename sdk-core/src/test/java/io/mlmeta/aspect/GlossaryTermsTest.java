package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import org.junit.jupiter.api.Test;

class GlossaryTermsTest {
  @Test
  void minimalTermsCarryTheirAuditStamp() {
    GlossaryTerms terms = GlossaryTerms.of(AuditStamp.of(0L, AuditStamp.INGESTION_ACTOR),
        GlossaryTermUrn.of("forecasting"));

    Golden.assertAspect(terms, "golden/aspects/glossaryTerms-minimal.json");
  }

  @Test
  void richTermsWriteActorContextAndAttribution() {
    GlossaryTerms terms = GlossaryTerms.builder()
        .addTerm(GlossaryTermAssociation.builder()
            .urn(GlossaryTermUrn.of("forecasting"))
            .actor(CorpUserUrn.of("jdoe"))
            .context("from the model card")
            .attribution(MetadataAttribution.builder().time(1700000000000L).actor(CorpUserUrn.of("datahub")).build())
            .build())
        .addTerm(GlossaryTermAssociation.of(GlossaryTermUrn.of("time-series")))
        .auditStamp(AuditStamp.builder().time(1700000500000L).actor(CorpUserUrn.of("jdoe"))
            .impersonator(CorpUserUrn.of("svc")).message("terms reviewed").build())
        .build();

    Golden.assertAspect(terms, "golden/aspects/glossaryTerms-rich.json");
  }

  @Test
  void termsWithoutAuditStampAreRefusedNamingTheField() {
    assertThatThrownBy(() -> GlossaryTerms.builder()
        .addTerm(GlossaryTermAssociation.of(GlossaryTermUrn.of("forecasting"))).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("auditStamp");
  }

  @Test
  void hasTermMatchesByUrn() {
    GlossaryTerms terms = GlossaryTerms.of(AuditStamp.of(0L, AuditStamp.INGESTION_ACTOR), GlossaryTermUrn.of("a"));

    assertThat(terms.hasTerm(GlossaryTermUrn.of("a"))).isTrue();
    assertThat(terms.hasTerm(GlossaryTermUrn.of("b"))).isFalse();
  }

  @Test
  void eachTermIsATermedWithRelationship() {
    assertThat(GlossaryTerms.TYPE.relationships()).extracting(Object::toString)
        .containsExactly("terms/*/urn -> TermedWith");
  }

  @Test
  void deploymentsDoNotCarryTerms() {
    assertThat(GlossaryTerms.TYPE.appliesTo(EntityTypes.ML_MODEL)).isTrue();
    assertThat(GlossaryTerms.TYPE.appliesTo(EntityTypes.ML_MODEL_DEPLOYMENT)).isFalse();
  }
}
