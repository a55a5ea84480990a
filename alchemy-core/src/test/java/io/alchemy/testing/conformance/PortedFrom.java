package io.alchemy.testing.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a conformance test class: the SQLAlchemy rel_2_0 test file its cases are ported from, as a path in SQLAlchemy's
 * repository ({@code "test/sql/test_compiler.py"}, {@code "test/orm/test_session.py"}). Every {@code @Test} or
 * {@code @MatrixTest} method of the class is one ported case, named after SQLAlchemy's test function (a suffix tells
 * several cases of one function apart) with the SQLAlchemy class and function in its javadoc. The conformance report
 * ({@code docs/conformance.md}) counts the cases per file from this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PortedFrom {
    /** SQLAlchemy's test file, relative to its repository root. */
    String value();
}
