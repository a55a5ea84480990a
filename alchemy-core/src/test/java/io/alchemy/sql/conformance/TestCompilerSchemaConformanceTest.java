package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.col;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code SchemaTest}: tables in a schema (one- and two-part
 * schema names) in SELECT, alias, UPDATE and INSERT. Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerSchemaConformanceTest {
    /** {@code table4}: {@code remotetable} in schema {@code remote_owner}. */
    private final TableClause table4 = new TableClause("remotetable", "remote_owner", List.of(
            col("rem_id", Types.INTEGER), col("datatype_id", Types.INTEGER), col("value", Types.string(20))));
    /** {@code table5}: {@code remotetable} in the multi-part schema {@code dbo.remote_owner}. */
    private final TableClause table5 = new TableClause("remotetable", "dbo.remote_owner", List.of(
            col("rem_id", Types.INTEGER), col("datatype_id", Types.INTEGER), col("value", Types.string(20))));

    /** SchemaTest.test_select, first case. */
    @Test
    void test_select_plain() {
        assertCompile(select(table4), "SELECT remote_owner.remotetable.rem_id, "
                + "remote_owner.remotetable.datatype_id,"
                + " remote_owner.remotetable.value "
                + "FROM remote_owner.remotetable");
    }

    /** SchemaTest.test_select, second case: WHERE on schema-qualified columns. */
    @Test
    void test_select_where() {
        assertCompile(select(table4).where(and(table4.c("datatype_id").eq(7), table4.c("value").eq("hi"))),
                "SELECT remote_owner.remotetable.rem_id, "
                        + "remote_owner.remotetable.datatype_id,"
                        + " remote_owner.remotetable.value "
                        + "FROM remote_owner.remotetable WHERE "
                        + "remote_owner.remotetable.datatype_id = :datatype_id_1 AND"
                        + " remote_owner.remotetable.value = :value_1");
    }

    /** SchemaTest.test_select, fourth case: a multi-part schema name is quoted as one identifier. */
    @Test
    void test_select_multipartSchema() {
        assertCompile(select(table5), "SELECT \"dbo.remote_owner\".remotetable.rem_id, "
                + "\"dbo.remote_owner\".remotetable.datatype_id, "
                + "\"dbo.remote_owner\".remotetable.value "
                + "FROM \"dbo.remote_owner\".remotetable");
    }

    /** SchemaTest.test_alias. */
    @Test
    void test_alias() {
        var a = table4.alias("remtable");
        assertCompile(select(a).where(a.c("datatype_id").eq(7)),
                "SELECT remtable.rem_id, remtable.datatype_id, "
                        + "remtable.value FROM"
                        + " remote_owner.remotetable AS remtable "
                        + "WHERE remtable.datatype_id = :datatype_id_1");
    }

    /** SchemaTest.test_update. */
    @Test
    void test_update() {
        assertCompile(update(table4).where(table4.c("value").eq("test")).values(Map.of("datatype_id", 12)),
                "UPDATE remote_owner.remotetable SET datatype_id=:datatype_id "
                        + "WHERE remote_owner.remotetable.value = :value_1");
    }

    /** SchemaTest.test_insert ({@code values((2, 5, "test"))} given by column name). */
    @Test
    void test_insert() {
        assertCompile(insert(table4).values(Map.of("rem_id", 2, "datatype_id", 5, "value", "test")),
                "INSERT INTO remote_owner.remotetable "
                        + "(rem_id, datatype_id, value) VALUES "
                        + "(:rem_id, :datatype_id, :value)");
    }

    /** SchemaTest.test_schema_lowercase_select. */
    @Test
    void test_schema_lowercase_select() {
        TableClause t1 = new TableClause("foo", "bar", List.of(col("a", Types.NULLTYPE), col("b", Types.NULLTYPE)));
        assertCompile(select(t1).selectFrom(t1), "SELECT bar.foo.a, bar.foo.b FROM bar.foo");
    }

    /** SchemaTest.test_schema_lowercase_select_alias. */
    @Test
    void test_schema_lowercase_select_alias() {
        TableClause t1 = new TableClause("foo", "bar", List.of());
        assertCompile(select(literalColumn("*")).selectFrom(t1.alias("t")), "SELECT * FROM bar.foo AS t");
    }
}
