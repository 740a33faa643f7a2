package dev.topology.graph.lint;

import dev.topology.graph.InvalidQueryException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package's values, the model's style: implementations are hidden
 * behind the abstract type, whose nested {@code Builder} is the one public builder; a missing or
 * null value is the engine's own {@link InvalidQueryException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    validationMethod = Value.Style.ValidationMethod.NONE,
    throwForNullPointer = InvalidQueryException.class,
    optionalAcceptNullable = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
@interface TopologyStyle {}
