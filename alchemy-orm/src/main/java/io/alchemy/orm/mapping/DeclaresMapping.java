package io.alchemy.orm.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an annotation type that declares a class mapped ({@code io.alchemy.orm.Mapped}), so the mapping model can
 * tell "annotated but not registered yet" from "not mapped at all" without depending on the API package above it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface DeclaresMapping {
}
