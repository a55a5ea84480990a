package io.alchemy.spring.boot.test.autoconfigure;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/** Keeps every scanned component out of an {@link AlchemyTest} except those its include filters name. */
class AlchemyTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<AlchemyTest> {

    AlchemyTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }
}
