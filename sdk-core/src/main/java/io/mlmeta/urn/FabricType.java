package io.mlmeta.urn;

import java.util.Locale;
import java.util.Objects;

/**
 * The environment ("fabric") an entity lives in, the last part of dataset and ML URNs such as
 * {@code urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)}.
 *
 * <p>{@link #PRD}, {@link #TST}, {@link #SIT}, {@link #SBX} and {@link #CERT} are recent additions that servers
 * released before 2025 reject.
 */
public enum FabricType {
  DEV, TEST, QA, UAT, EI, PRE, STG, NON_PROD, PROD, CORP, RVW, PRD, TST, SIT, SBX, SANDBOX, CERT;

  /**
   * Returns the fabric named {@code symbol}, ignoring case ({@code "prod"} is {@link #PROD}).
   *
   * @throws UrnSyntaxException if no fabric has that name
   */
  public static FabricType of(String symbol) {
    if (Objects.requireNonNull(symbol, "symbol").isEmpty()) {
      throw new UrnSyntaxException(String.valueOf(symbol), "env must not be empty");
    }
    try {
      return valueOf(symbol.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UrnSyntaxException(symbol, "unknown env (FabricType) '" + symbol + "'");
    }
  }
}
