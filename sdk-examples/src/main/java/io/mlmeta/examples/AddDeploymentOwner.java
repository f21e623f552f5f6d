package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.urn.CorpUserUrn;
import java.io.PrintStream;

/**
 * Makes {@code urn:li:corpuser:mlops_team} a technical owner of the {@code recommendation-endpoint} deployment
 * unless it is one already: the Java form of DataHub's {@code mlmodel_deployment_add_owner.py}.
 *
 * <p>The Python snippet reads the ownership aspect and writes it back whole with no concurrency control, so an owner
 * added in between is lost. Here the read-modify-write is conditional ({@code modifyAspect} writes with
 * {@code If-Version-Match} and re-applies the change on a conflict), and nothing is written when the owner is
 * already there.
 */
public final class AddDeploymentOwner {
  /** The owner added. */
  public static final CorpUserUrn OWNER = CorpUserUrn.of("mlops_team");

  private AddDeploymentOwner() {}

  /** Adds the owner if absent and returns the deployment's ownership as it now is. */
  public static Ownership run(DataHubClient client, PrintStream out) {
    Ownership ownership = client.entities().modifyAspect(CreateDeployment.DEPLOYMENT, Ownership.TYPE, current -> {
      if (current != null && current.hasOwner(OWNER)) {
        return current;
      }
      return (current == null ? Ownership.builder() : current.toBuilder())
          .addOwner(Owner.of(OWNER, OwnershipType.TECHNICAL_OWNER))
          .build();
    });
    out.println("Owners of " + CreateDeployment.DEPLOYMENT + ": " + ownership.owners().stream()
        .map(o -> o.owner().toString()).reduce((a, b) -> a + ", " + b).orElse("(none)"));
    return ownership;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
