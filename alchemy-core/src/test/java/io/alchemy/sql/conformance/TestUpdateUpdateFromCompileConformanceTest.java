package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.schema.Table;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_update.py} {@code UpdateFromCompileTest}: UPDATE with other tables in its
 * criteria, on the string compiler ({@code UPDATE … FROM}) and on MySQL (multi-table UPDATE, {@code %s} paramstyle,
 * see {@link SqlAlchemyParamstyle}). Expected strings verbatim.
 */
@PortedFrom("test/sql/test_update.py")
class TestUpdateUpdateFromCompileConformanceTest {
    private final DmlTables t = new DmlTables();
    private final Table users = t.users;
    private final Table addresses = t.addresses;
    private final Table dingalings = t.dingalings;

    /** UpdateFromCompileTest.test_update_from_multitable_same_name_mysql. */
    @Test
    void test_update_from_multitable_same_name_mysql() {
        SqlAlchemyParamstyle.FORMAT.assertCompile(update(users).values(Map.of("name", "newname"))
                        .values(addresses.c("name"), "new address")
                        .where(users.c("id").eq(addresses.c("user_id"))),
                "UPDATE users, addresses SET addresses.name=%s, users.name=%s WHERE users.id = addresses.user_id",
                Map.of("addresses_name", "new address", "name", "newname"), TestDialects.MYSQL);
    }

    /** UpdateFromCompileTest.test_render_table. */
    @Test
    void test_render_table() {
        assertCompile(update(users).values(Map.of("name", "newname"))
                        .where(users.c("id").eq(addresses.c("user_id")))
                        .where(addresses.c("email_address").eq("e1")),
                "UPDATE users SET name=:name FROM addresses WHERE users.id = addresses.user_id AND "
                        + "addresses.email_address = :email_address_1",
                Map.of("email_address_1", "e1", "name", "newname"));
    }

    /** UpdateFromCompileTest.test_render_multi_table. */
    @Test
    void test_render_multi_table() {
        assertCompile(update(users).values(Map.of("name", "newname"))
                        .where(users.c("id").eq(addresses.c("user_id")))
                        .where(addresses.c("email_address").eq("e1"))
                        .where(addresses.c("id").eq(dingalings.c("address_id")))
                        .where(dingalings.c("id").eq(2)),
                "UPDATE users SET name=:name FROM addresses, dingalings WHERE users.id = addresses.user_id AND "
                        + "addresses.email_address = :email_address_1 AND addresses.id = dingalings.address_id AND "
                        + "dingalings.id = :id_1",
                Map.of("email_address_1", "e1", "id_1", 2, "name", "newname"));
    }

    /** UpdateFromCompileTest.test_render_table_mysql. */
    @Test
    void test_render_table_mysql() {
        SqlAlchemyParamstyle.FORMAT.assertCompile(update(users).values(Map.of("name", "newname"))
                        .where(users.c("id").eq(addresses.c("user_id")))
                        .where(addresses.c("email_address").eq("e1")),
                "UPDATE users, addresses SET users.name=%s WHERE users.id = addresses.user_id AND "
                        + "addresses.email_address = %s",
                Map.of("email_address_1", "e1", "name", "newname"), TestDialects.MYSQL);
    }

    /** UpdateFromCompileTest.test_render_subquery. */
    @Test
    void test_render_subquery() {
        var subq = select(addresses.c("id"), addresses.c("user_id"), addresses.c("email_address"))
                .where(addresses.c("id").eq(7)).subquery();
        assertCompile(update(users).values(Map.of("name", "newname"))
                        .where(users.c("id").eq(subq.c("user_id")))
                        .where(subq.c("email_address").eq("e1")),
                "UPDATE users SET name=:name FROM (SELECT addresses.id AS id, addresses.user_id AS user_id, "
                        + "addresses.email_address AS email_address FROM addresses WHERE addresses.id = :id_1) "
                        + "AS anon_1 WHERE users.id = anon_1.user_id AND anon_1.email_address = :email_address_1",
                Map.of("email_address_1", "e1", "id_1", 7, "name", "newname"));
    }
}
