package io.mlmeta.internal;

import io.mlmeta.internal.codegen.CheckedListEncodingEnabled;
import io.mlmeta.internal.codegen.CheckedMapEncodingEnabled;
import io.mlmeta.internal.codegen.CheckedOptionalEncodingEnabled;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the SDK: JDK collections only, depluralized
 * {@code addX} methods, a package-private {@code ImmutableX} hidden behind the abstract type and its nested
 * {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@CheckedListEncodingEnabled
@CheckedMapEncodingEnabled
@CheckedOptionalEncodingEnabled
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    forceJacksonPropertyNames = false,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    // Immutables is compile-only: generated classes must not carry its annotations, or every user's compiler
    // warns that it cannot find them.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface SdkStyle {}
