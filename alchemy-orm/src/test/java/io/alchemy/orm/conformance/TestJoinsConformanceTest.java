package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.metamodel.Entity;
import io.alchemy.sql.LabelStyle;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/orm/test_joins.py}: joins to mapped classes written with Core's {@code select()},
 * default dialect, SQLAlchemy's fixture mapping; expected strings verbatim.
 */
@PortedFrom("test/orm/test_joins.py")
class TestJoinsConformanceTest {

    @BeforeAll
    static void map() {
        Fixtures.standard();
    }

    /**
     * JoinTest.test_join_with_entities (legacy=False, threelevel=False; SQLAlchemy #6503): replacing the columns
     * keeps the join's left side.
     */
    @Test
    void test_join_with_entities() {
        assertCompile(select(User.class).join(Address.class).withOnlyColumns(Entity.of(Address.class).c("id"))
                        .setLabelStyle(LabelStyle.TABLENAME_PLUS_COL),
                "SELECT addresses.id AS addresses_id FROM users "
                        + "JOIN addresses ON users.id = addresses.user_id");
    }
}
