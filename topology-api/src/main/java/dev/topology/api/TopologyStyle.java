package dev.topology.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model. Builders do not check values themselves: every missing
 * or null value reaches the value's {@code @Value.Check} method, which reports all problems at
 * once in the library's own {@link InvalidTopologyException}. The generated implementations are
 * package-private and hidden behind the abstract types: callers see {@code X.builder()} and
 * {@code X.Builder} only. The generated builders carry no annotation of
 * Immutables' own (such as its {@code @Generated}), which the module requires only at compile
 * time.
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
@interface TopologyStyle {}
