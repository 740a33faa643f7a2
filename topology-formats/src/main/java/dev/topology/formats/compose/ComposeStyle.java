package dev.topology.formats.compose;

import dev.topology.api.InvalidTopologyException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The model's Immutables style, for this package's values: builders do not check values
 * themselves, each value's check reports every problem in the library's own exception; the
 * generated implementation is package-private, hidden behind the abstract type, whose nested
 * {@code Builder} is the one public builder.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    validationMethod = Value.Style.ValidationMethod.NONE,
    throwForNullPointer = InvalidTopologyException.class,
    optionalAcceptNullable = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
@interface ComposeStyle {}
