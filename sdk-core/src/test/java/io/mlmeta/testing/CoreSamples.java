package io.mlmeta.testing;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.config.TokenProvider;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.CorpGroupUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataFlowUrn;
import io.mlmeta.urn.DataJobUrn;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The samples of sdk-core's types and its documented nulls, for the {@link NullArguments} tests of every module. */
public final class CoreSamples {
  /** The URN most samples are about. */
  public static final DatasetUrn DATASET = DatasetUrn.of("hive", "nulls");

  private CoreSamples() {}

  /** Registers samples of sdk-core's value types with {@code check}. */
  public static NullArguments register(NullArguments check) {
    return check
        .sample(Urn.class, () -> DATASET)
        .sample(DatasetUrn.class, () -> DATASET)
        .sample(DataPlatformUrn.class, () -> DataPlatformUrn.of("hive"))
        .sample(DataPlatformInstanceUrn.class, () -> DataPlatformInstanceUrn.of(DataPlatformUrn.of("hive"), "i"))
        .sample(DataFlowUrn.class, () -> DataFlowUrn.of("airflow", "flow", "prod"))
        .sample(DataJobUrn.class, () -> DataJobUrn.of(DataFlowUrn.of("airflow", "flow", "prod"), "job"))
        .sample(DataProcessInstanceUrn.class, () -> DataProcessInstanceUrn.of("run"))
        .sample(VersionSetUrn.class, () -> VersionSetUrn.of("set", "mlModel"))
        .sample(CorpUserUrn.class, () -> CorpUserUrn.of("alice"))
        .sample(CorpGroupUrn.class, () -> CorpGroupUrn.of("team"))
        .sample(TagUrn.class, () -> TagUrn.of("t"))
        .sample(GlossaryTermUrn.class, () -> GlossaryTermUrn.of("term"))
        .sample(DomainUrn.class, () -> DomainUrn.of("d"))
        .sample(ContainerUrn.class, () -> ContainerUrn.of("c"))
        .sample(Instant.class, () -> Instant.EPOCH)
        .sample(Duration.class, () -> Duration.ofSeconds(1))
        .sample(Status.class, () -> Status.of(false))
        .sample(Aspect.class, () -> Status.of(false))
        .sample(AspectType.class, () -> Status.TYPE)
        .sample(AuditStamp.class, () -> AuditStamp.of(1L, CorpUserUrn.of("alice")))
        .sample(MetadataChangeProposal.class, () -> MetadataChangeProposal.upsert(DATASET, Status.of(false)))
        .sample(Patch.class, () -> Patch.builder().remove(Patch.path("tags", "x")).build())
        .sample(SystemMetadata.class, () -> SystemMetadata.builder().build())
        .sample(EntityAspects.class, () -> EntityAspects.of(DATASET, Map.of()))
        .sample(DataHubException.class, () -> new DataHubException("sample"))
        .sample(RetryPolicy.class, RetryPolicy::none)
        .sample(TokenProvider.class, () -> TokenProvider.of("t0k"));
  }

  /** The members whose Javadoc says null is allowed, and what null means there. */
  public static void allowed(NullArguments check) {
    check.allow("ConnectionConfig.Builder.token(token)", "null clears the token")
        .allow("ConnectionConfig.Builder.tokenProvider(tokenProvider)", "null: no Authorization header")
        .allow("ConnectionConfig.Builder.httpClient(httpClient)", "null: the SDK makes its own client")
        .allow("VersionedAspect.of(systemMetadata)", "null when the server gave none")
        .allow("DataHubConflictException.isVersionConflict(serverMessage)", "false for an answer without a message");
  }
}
