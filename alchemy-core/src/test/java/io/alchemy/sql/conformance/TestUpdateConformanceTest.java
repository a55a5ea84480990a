package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import java.util.Map;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_update.py}: a {@code text()} value in SET is SQL, never a bound value.
 * Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_update.py")
class TestUpdateConformanceTest {

    /** test_update.py UpdateTest.test_correlated_update_one: "test against a straight text subquery". */
    @Test
    void test_correlated_update_one() {
        var u = update(TABLE1).values(Map.of("name", text("(select name from mytable where id=mytable.id)")));
        assertCompile(u, "UPDATE mytable SET name=(select name from mytable "
                + "where id=mytable.id)");
    }

    /**
     * SQLAlchemy's {@code literal()} takes plain values only (coercions LiteralValueRole raises ArgumentError for
     * a clause): {@code literal(text("y"))} is refused rather than binding the text object as a value.
     */
    @Test
    void literalOfTextIsRefused() {
        assertThatThrownBy(() -> literal(text("y"))).isInstanceOf(ArgumentError.class);
    }
}
