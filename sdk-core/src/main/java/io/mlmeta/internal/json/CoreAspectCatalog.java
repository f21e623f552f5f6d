package io.mlmeta.internal.json;

import io.mlmeta.aspect.Applications;
import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.BrowsePathsV2;
import io.mlmeta.aspect.Container;
import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.DataProcessInstanceInput;
import io.mlmeta.aspect.DataProcessInstanceOutput;
import io.mlmeta.aspect.DataProcessInstanceProperties;
import io.mlmeta.aspect.DataProcessInstanceRelationships;
import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.Documentation;
import io.mlmeta.aspect.Domains;
import io.mlmeta.aspect.EditableContainerProperties;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.aspect.InstitutionalMemory;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.StructuredProperties;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.aspect.VersionProperties;
import java.util.List;

/** The aspect types sdk-core defines. */
public final class CoreAspectCatalog implements AspectCatalog {
  @Override
  public List<AspectType<?>> aspectTypes() {
    return List.of(Status.TYPE, Ownership.TYPE,
        GlobalTags.TYPE, GlossaryTerms.TYPE, Domains.TYPE, Deprecation.TYPE, DataPlatformInstance.TYPE,
        Container.TYPE, SubTypes.TYPE, BrowsePathsV2.TYPE, InstitutionalMemory.TYPE, VersionProperties.TYPE,
        ContainerProperties.TYPE, EditableContainerProperties.TYPE, StructuredProperties.TYPE, Applications.TYPE,
        Documentation.TYPE,
        DataProcessInstanceProperties.TYPE, DataProcessInstanceInput.TYPE, DataProcessInstanceOutput.TYPE,
        DataProcessInstanceRelationships.TYPE, DataProcessInstanceRunEvent.TYPE);
  }
}
