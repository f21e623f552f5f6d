package io.mlmeta.internal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.Patch;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPatcherTest {
  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) WireJson.MAPPER.readTree(text.replace('\'', '"'));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode apply(String aspect, String before, Patch patch) {
    return JsonPatcher.apply(aspect, before == null ? null : json(before), patch);
  }

  @Test
  void pointerSegmentsAreUnescaped() {
    assertThat(JsonPointer.segments("/a~1b/c~0d/~01")).containsExactly("a/b", "c~d", "~1");
  }

  @Test
  void aTildeNotFollowedByZeroOrOneIsRefused() {
    assertThatThrownBy(() -> JsonPointer.segments("/a~2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/a~2");
  }

  @Test
  void theInputIsNotChanged() {
    ObjectNode before = json("{'a':1}");

    JsonPatcher.apply("x", before, Patch.builder().add("/b", 2).build());

    assertThat(before).isEqualTo(json("{'a':1}"));
  }

  @Test
  void addCreatesTheObjectsOnItsWay() {
    assertThat(apply("x", null, Patch.builder().add("/a/b/c", "v").build())).isEqualTo(json("{'a':{'b':{'c':'v'}}}"));
  }

  @Test
  void arrayIndexesInsertReplaceAndRemove() {
    Patch patch = Patch.builder().add("/l/1", "x").replace("/l/0", "z").remove("/l/2").build();

    assertThat(apply("x", "{'l':['a','b']}", patch)).isEqualTo(json("{'l':['z','x']}"));
  }

  @Test
  void anIndexPastTheEndIsRefused() {
    assertThatThrownBy(() -> apply("x", "{'l':['a']}", Patch.builder().replace("/l/1", "b").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replace /l/1");
  }

  @Test
  void removingWhatIsNotThereDoesNothing() {
    Patch patch = Patch.builder().remove("/missing/deep").remove("/tags/urn:li:tag:none").build();

    assertThat(apply("globalTags", "{'tags':[]}", patch)).isEqualTo(json("{'tags':[]}"));
  }

  @Test
  void keyedArraysOfUrnsAreKeyedByTheValue() {
    Patch patch = Patch.builder().add("/mlFeatures/urn:li:mlFeature:(a,b)", "urn:li:mlFeature:(a,b)")
        .add("/mlFeatures/urn:li:mlFeature:(a,b)", "urn:li:mlFeature:(a,b)")
        .remove("/mlFeatures/urn:li:mlFeature:(c,d)").build();

    assertThat(apply("mlModelProperties", "{'mlFeatures':['urn:li:mlFeature:(c,d)']}", patch))
        .isEqualTo(json("{'mlFeatures':['urn:li:mlFeature:(a,b)']}"));
  }

  @Test
  void aGenericPatchTreatsEveryArrayAsPlainJsonPatchDoes() {
    Patch keyed = Patch.builder().remove("/tags/0").build();
    Patch generic = Patch.builder().forceGenericPatch().remove("/tags/0").build();

    assertThat(apply("globalTags", "{'tags':[{'tag':'urn:li:tag:a'}]}", keyed))
        .isEqualTo(json("{'tags':[{'tag':'urn:li:tag:a'}]}"));
    assertThat(apply("globalTags", "{'tags':[{'tag':'urn:li:tag:a'}]}", generic)).isEqualTo(json("{'tags':[]}"));
  }

  @Test
  void aKeyedAddReplacesTheElementInPlaceAndFillsTheKeyFromThePath() {
    Patch patch = Patch.builder().add("/terms/urn:li:glossaryTerm:a", Map.of("context", "new")).build();

    assertThat(apply("glossaryTerms", "{'terms':[{'urn':'urn:li:glossaryTerm:a'},{'urn':'urn:li:glossaryTerm:b'}]}",
        patch)).isEqualTo(json(
            "{'terms':[{'context':'new','urn':'urn:li:glossaryTerm:a'},{'urn':'urn:li:glossaryTerm:b'}]}"));
  }

  @Test
  void aPathGoesOnInsideTheElementItsKeyFinds() {
    Patch patch = Patch.builder().add("/owners/urn:li:corpuser:a/TECHNICAL_OWNER/typeUrn", "urn:li:ownershipType:x")
        .build();

    assertThat(apply("ownership", "{'owners':[{'owner':'urn:li:corpuser:a','type':'TECHNICAL_OWNER'}]}", patch))
        .isEqualTo(json("{'owners':[{'owner':'urn:li:corpuser:a','type':'TECHNICAL_OWNER',"
            + "'typeUrn':'urn:li:ownershipType:x'}]}"));
  }

  @Test
  void aKeyWithASlashIsFoundThroughItsEscape() {
    Patch patch = Patch.builder().remove(Patch.path("tags", "urn:li:tag:a/b")).build();

    assertThat(apply("globalTags", "{'tags':[{'tag':'urn:li:tag:a/b'},{'tag':'urn:li:tag:c'}]}", patch))
        .isEqualTo(json("{'tags':[{'tag':'urn:li:tag:c'}]}"));
  }

  @Test
  void aPlainArrayFieldOfAnotherAspectIsNotKeyed() {
    Patch patch = Patch.builder().add("/tags/0", Map.of("tag", "urn:li:tag:x")).build();

    assertThat(apply("somethingElse", "{'tags':[]}", patch)).isEqualTo(json("{'tags':[{'tag':'urn:li:tag:x'}]}"));
  }

  @Test
  void theWholeArrayCanBeSet() {
    Patch patch = Patch.builder().add("/owners", List.of()).build();

    assertThat(apply("ownership", "{'owners':[{'owner':'urn:li:corpuser:a','type':'NONE'}]}", patch))
        .isEqualTo(json("{'owners':[]}"));
  }
}
