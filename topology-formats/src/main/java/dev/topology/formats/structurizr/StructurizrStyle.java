package dev.topology.formats.structurizr;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The model's Immutables style, for this package's values: each value's check reports its
 * problems in {@link StructurizrException}; the generated implementation is package-private,
 * hidden behind the abstract type, whose nested {@code Builder} is the one public builder.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    validationMethod = Value.Style.ValidationMethod.NONE,
    throwForNullPointer = StructurizrException.class,
    optionalAcceptNullable = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
@interface StructurizrStyle {}
