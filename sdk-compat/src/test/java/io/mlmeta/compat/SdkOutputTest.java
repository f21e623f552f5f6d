package io.mlmeta.compat;

import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import org.junit.jupiter.api.Test;

/** The SDK prints nothing itself: what it has to say goes to SLF4J (README, "Compatibility"). */
class SdkOutputTest {
  @Test
  void noClassOfTheSdkWritesToStandardOutOrErr() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(LibraryReferences.sdkClasses());
  }
}
