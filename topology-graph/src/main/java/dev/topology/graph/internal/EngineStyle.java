package dev.topology.graph.internal;

import dev.topology.graph.InvalidQueryException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the engine's values, put on each package that holds some: the
 * model's style (implementations hidden behind the abstract type, whose nested {@code Builder}
 * is the one public builder), with a missing or null value reported as the engine's own {@link
 * InvalidQueryException}.
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
public @interface EngineStyle {}
