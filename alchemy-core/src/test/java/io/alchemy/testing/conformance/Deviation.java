package io.alchemy.testing.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a ported case whose expectation is not SQLAlchemy's: the test asserts Alchemy's output (or error) instead, and
 * this names the decision record that explains why. SQLAlchemy's expected string stays in the method's javadoc. A
 * deviation is counted as such in {@code docs/conformance.md}, never as passing.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Deviation {
    /** The decision record and its section, as a path under {@code docs/design/} with an anchor. */
    String decision();

    /** One sentence: what differs from SQLAlchemy. */
    String value();
}
