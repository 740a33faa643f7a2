package dev.topology.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the model's abstract value types: the settings of {@link
 * TopologyStyle}, with the generated implementation package-private and hidden behind the
 * abstract type, whose nested {@code Builder} is the one public builder. Set on a type, it takes
 * the place of the package's style for that type. Kept in the sources only: the types it is set
 * on are read by other modules' tools (javadoc), which need not know Immutables.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    validationMethod = Value.Style.ValidationMethod.NONE,
    throwForNullPointer = InvalidTopologyException.class,
    optionalAcceptNullable = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
@interface HiddenStyle {}
