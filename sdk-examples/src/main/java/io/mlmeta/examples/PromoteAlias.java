package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import java.io.PrintStream;

/**
 * Promotes version 2 of the airline forecast model: moves the alias {@code champion} from version 1 to version 2,
 * which stops being the {@code challenger}; the "change version aliases (champion → challenger)" step of the ML
 * workflow in DataHub's mlModel entity docs ("when v2 proves superior": v1 no alias, v2 {@code champion}). Both
 * versions are written first (version 1 the champion, version 2 the challenger), so the example can run again; the
 * move is then two conditional writes, one per version, so neither loses an alias another writer set.
 */
public final class PromoteAlias {
  /** Version 1, the champion before the promotion. */
  public static final MLModelUrn VERSION_1 = MLModelUrn.of("mlflow", "airline-forecast-v1");
  /** Version 2, the challenger that becomes champion. */
  public static final MLModelUrn VERSION_2 = MLModelUrn.of("mlflow", "airline-forecast-v2");
  /** The group both versions belong to. */
  public static final MLModelGroupUrn GROUP = MLModelGroupUrn.of("mlflow", "airline-forecast");

  private PromoteAlias() {}

  /** Writes both versions, moves {@code champion} to version 2, and returns version 2 as saved. */
  public static MLModel run(DataHubClient client, PrintStream out) {
    client.entities().upsert(MLModel.builder().platform("mlflow").name("airline-forecast-v1")
        .displayName("Airline Forecast v1").modelGroup(GROUP).version("1").addAlias("champion").build());
    client.entities().upsert(MLModel.builder().platform("mlflow").name("airline-forecast-v2")
        .displayName("Airline Forecast v2").modelGroup(GROUP).version("2").addAlias("challenger").build());

    MLModel v1 = client.entities().get(VERSION_1, MLModel.class);
    MLModel v2 = client.entities().get(VERSION_2, MLModel.class);
    MLModel.moveAlias("champion", v1, v2);
    v2.removeAlias("challenger");
    client.entities().update(v1);
    client.entities().update(v2);

    out.println("Moved alias champion: " + v1.urn() + " " + v1.aliases() + ", " + v2.urn() + " " + v2.aliases());
    return v2;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
