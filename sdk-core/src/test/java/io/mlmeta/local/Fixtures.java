package io.mlmeta.local;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;

/** URNs and aspects the local store tests share. */
final class Fixtures {
  static final Urn MODEL = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");
  static final Urn OTHER_MODEL = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,fraud,PROD)");
  static final Urn DATASET = Urn.parse("urn:li:dataset:(urn:li:dataPlatform:hive,db.events,PROD)");
  static final CorpUserUrn ALICE = CorpUserUrn.of("alice");
  static final CorpUserUrn BOB = CorpUserUrn.of("bob");

  private Fixtures() {}

  static Ownership ownedBy(CorpUserUrn... users) {
    Ownership.Builder ownership = Ownership.builder();
    for (CorpUserUrn user : users) {
      ownership.addOwner(Owner.of(user, OwnershipType.TECHNICAL_OWNER));
    }
    return ownership.build();
  }
}
