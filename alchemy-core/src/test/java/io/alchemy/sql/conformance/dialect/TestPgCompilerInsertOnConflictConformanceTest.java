package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.postgresql.PostgreSQLDml;
import io.alchemy.dialect.postgresql.PostgreSQLInsert;
import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.ConflictTarget;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} {@code InsertOnConflictTest}: PostgreSQL's
 * {@code INSERT … ON CONFLICT}, compared in psycopg2's {@code pyformat} paramstyle. Expected strings verbatim.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerInsertOnConflictConformanceTest {
    private static final SqlAlchemyParamstyle PG = SqlAlchemyParamstyle.PYFORMAT;
    private final TableClause table1 = table("mytable", col("myid", Types.INTEGER), col("name", Types.string(128)),
            col("description", Types.string(128)));
    private final MetaData metadata = new MetaData();
    private final Table tableWithMetadata = metadata.table("mytable", column("myid", Types.INTEGER).primaryKey(),
            column("name", Types.string(128)), column("description", Types.string(128)));
    private final Table users = new MetaData().table("users", column("id", Types.INTEGER).primaryKey(),
            column("name", Types.string(50)));

    private static Map<Object, Object> ordered(Object... keyValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static void pg(io.alchemy.sql.Executable stmt, String expected) {
        PG.assertCompile(stmt, expected, TestDialects.POSTGRESQL);
    }

    /** InsertOnConflictTest.test_assorted_arg_coercion: DO NOTHING with an index WHERE on a column. */
    @Test
    void test_assorted_arg_coercion() {
        pg(PostgreSQLDml.insert(users).onConflictDoNothing(
                        ConflictTarget.indexElements(users.c("id")).where(users.c("name").eq("hi"))),
                "INSERT INTO users (id, name) VALUES (%(id)s, %(name)s) ON CONFLICT (id) WHERE name = %(name_1)s "
                        + "DO NOTHING");
    }

    /** InsertOnConflictTest.test_assorted_arg_coercion: DO UPDATE with a WHERE. */
    @Test
    void test_assorted_arg_coercion_2() {
        pg(PostgreSQLDml.insert(users).onConflictDoUpdate(ConflictTarget.indexElements(users.c("id")),
                        Map.of(users.c("name"), "there"), users.c("name").eq("hi")),
                "INSERT INTO users (id, name) VALUES (%(id)s, %(name)s) ON CONFLICT (id) DO UPDATE SET "
                        + "name = %(param_1)s WHERE users.name = %(name_1)s");
    }

    /** InsertOnConflictTest.test_do_nothing_no_target. */
    @Test
    void test_do_nothing_no_target() {
        pg(PostgreSQLDml.insert(table1).values(Map.of("name", "foo")).onConflictDoNothing(),
                "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT DO NOTHING");
    }

    /** InsertOnConflictTest.test_do_nothing_index_elements_target. */
    @Test
    void test_do_nothing_index_elements_target() {
        pg(PostgreSQLDml.insert(table1).values(Map.of("name", "foo"))
                        .onConflictDoNothing(ConflictTarget.indexElements("myid")),
                "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT (myid) DO NOTHING");
    }

    /** InsertOnConflictTest.test_do_update_set_clause_none. */
    @Test
    void test_do_update_set_clause_none() {
        var i = PostgreSQLDml.insert(tableWithMetadata).values(ordered2("myid", 1, "name", "foo"))
                .onConflictDoUpdate(ConflictTarget.indexElements("myid"),
                        ordered("name", "I'm a name", "description", null));
        PG.assertCompile(i, "INSERT INTO mytable (myid, name) VALUES (%(myid)s, %(name)s) ON CONFLICT (myid) "
                        + "DO UPDATE SET name = %(param_1)s, description = %(param_2)s",
                mapOf("myid", 1, "name", "foo", "param_1", "I'm a name", "param_2", null), TestDialects.POSTGRESQL);
    }

    /** InsertOnConflictTest.test_do_update_set_clause_column_keys. */
    @Test
    void test_do_update_set_clause_column_keys() {
        var i = PostgreSQLDml.insert(tableWithMetadata).values(ordered2("myid", 1, "name", "foo"))
                .onConflictDoUpdate(ConflictTarget.indexElements("myid"),
                        ordered(tableWithMetadata.c("name"), "I'm a name", tableWithMetadata.c("description"), null));
        PG.assertCompile(i, "INSERT INTO mytable (myid, name) VALUES (%(myid)s, %(name)s) ON CONFLICT (myid) "
                        + "DO UPDATE SET name = %(param_1)s, description = %(param_2)s",
                mapOf("myid", 1, "name", "foo", "param_1", "I'm a name", "param_2", null), TestDialects.POSTGRESQL);
    }

    /** InsertOnConflictTest.test_do_update_set_clause_literal. */
    @Test
    void test_do_update_set_clause_literal() {
        var i = PostgreSQLDml.insert(tableWithMetadata).values(ordered2("myid", 1, "name", "foo"))
                .onConflictDoUpdate(ConflictTarget.indexElements("myid"),
                        ordered("name", "I'm a name", "description", null_()));
        PG.assertCompile(i, "INSERT INTO mytable (myid, name) VALUES (%(myid)s, %(name)s) ON CONFLICT (myid) "
                        + "DO UPDATE SET name = %(param_1)s, description = NULL",
                Map.of("myid", 1, "name", "foo", "param_1", "I'm a name"), TestDialects.POSTGRESQL);
    }

    /** InsertOnConflictTest.test_do_update_str_index_elements_target_one. */
    @Test
    void test_do_update_str_index_elements_target_one() {
        PostgreSQLInsert i = PostgreSQLDml.insert(tableWithMetadata).values(ordered2("myid", 1, "name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements("myid"),
                ordered("name", i.excluded().c("name"), "description", i.excluded().c("description")));
        pg(i, "INSERT INTO mytable (myid, name) VALUES (%(myid)s, %(name)s) ON CONFLICT (myid) "
                + "DO UPDATE SET name = excluded.name, description = excluded.description");
    }

    /** InsertOnConflictTest.test_do_update_str_index_elements_target_two. */
    @Test
    void test_do_update_str_index_elements_target_two() {
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(Map.of("name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements("myid"), Map.of("name", i.excluded().c("name")));
        pg(i, "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT (myid) DO UPDATE SET name = excluded.name");
    }

    /** InsertOnConflictTest.test_do_update_col_index_elements_target. */
    @Test
    void test_do_update_col_index_elements_target() {
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(Map.of("name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements(table1.c("myid")),
                Map.of("name", i.excluded().c("name")));
        pg(i, "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT (myid) DO UPDATE SET name = excluded.name");
    }

    /** InsertOnConflictTest.test_do_update_string_constraint_target. */
    @Test
    void test_do_update_string_constraint_target() {
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(Map.of("name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.constraint("uq_name"), Map.of("myid", i.excluded().c("myid")));
        pg(i, "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT ON CONSTRAINT uq_name "
                + "DO UPDATE SET myid = excluded.myid");
    }

    /** InsertOnConflictTest.test_do_nothing_quoted_string_constraint_target. */
    @Test
    void test_do_nothing_quoted_string_constraint_target() {
        pg(PostgreSQLDml.insert(table1).values(Map.of("name", "foo"))
                        .onConflictDoNothing(ConflictTarget.constraint("Some Constraint Name")),
                "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT ON CONSTRAINT \"Some Constraint Name\" "
                        + "DO NOTHING");
    }

    /** InsertOnConflictTest.test_do_update_index_elements_where_target. */
    @Test
    void test_do_update_index_elements_where_target() {
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(Map.of("name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements(table1.c("name")).where(table1.c("name").gt("m")),
                Map.of("name", i.excluded().c("name")));
        pg(i, "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT (name) WHERE name > %(name_1)s "
                + "DO UPDATE SET name = excluded.name");
    }

    /** InsertOnConflictTest.test_do_update_index_elements_where_target_multivalues. */
    @Test
    void test_do_update_index_elements_where_target_multivalues() {
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(List.of(Map.of("name", "foo"),
                Map.of("name", "bar"), Map.of("name", "bat")));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements(table1.c("name")).where(table1.c("name").gt("m")),
                Map.of("name", i.excluded().c("name")));
        PG.assertCompile(i, "INSERT INTO mytable (name) VALUES (%(name_m0)s), (%(name_m1)s), (%(name_m2)s) "
                        + "ON CONFLICT (name) WHERE name > %(name_1)s DO UPDATE SET name = excluded.name",
                Map.of("name_1", "m", "name_m0", "foo", "name_m1", "bar", "name_m2", "bat"), TestDialects.POSTGRESQL);
    }

    /** InsertOnConflictTest.test_do_update_add_whereclause (conflict target by columns and index WHERE). */
    @Test
    void test_do_update_add_whereclause() {
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(Map.of("name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements(table1.c("name"), table1.c("description"))
                        .where(table1.c("description").ne("foo")),
                Map.of("name", i.excluded().c("name")),
                table1.c("name").ne("brah").and(table1.c("description").ne("brah")));
        pg(i, "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT (name, description) "
                + "WHERE description != %(description_1)s DO UPDATE SET name = excluded.name "
                + "WHERE mytable.name != %(name_1)s AND mytable.description != %(description_2)s");
    }

    /** InsertOnConflictTest.test_do_update_add_whereclause_references_excluded. */
    @Test
    void test_do_update_add_whereclause_references_excluded() {
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(Map.of("name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements(table1.c("name"), table1.c("description"))
                        .where(table1.c("description").ne("foo")),
                Map.of("name", i.excluded().c("name")), table1.c("name").ne(i.excluded().c("name")));
        pg(i, "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT (name, description) "
                + "WHERE description != %(description_1)s DO UPDATE SET name = excluded.name "
                + "WHERE mytable.name != excluded.name");
    }

    /** InsertOnConflictTest.test_on_conflict_do_no_call_twice. */
    @Test
    void test_on_conflict_do_no_call_twice() {
        PostgreSQLInsert stmt = PostgreSQLDml.insert(table1).onConflictDoNothing();
        assertThatThrownBy(stmt::onConflictDoNothing).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("already has an ON CONFLICT clause established");
        PostgreSQLInsert stmt2 = PostgreSQLDml.insert(table1).onConflictDoUpdate(
                ConflictTarget.indexElements(table1.c("myid")), Map.of("name", "foo"));
        assertThatThrownBy(stmt2::onConflictDoNothing).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("already has an ON CONFLICT clause established");
    }

    /** InsertOnConflictTest.test_quote_raw_string_col. */
    @Test
    void test_quote_raw_string_col() {
        TableClause t = table("t", col("FancyName"), col("other name"));
        var stmt = PostgreSQLDml.insert(t).values(Map.of("FancyName", "something new"))
                .onConflictDoUpdate(ConflictTarget.indexElements("FancyName", "other name"),
                        ordered("FancyName", "something updated", "other name", "something else"));
        PG.assertCompile(stmt, "INSERT INTO t (\"FancyName\") VALUES (%(FancyName)s) "
                        + "ON CONFLICT (\"FancyName\", \"other name\") "
                        + "DO UPDATE SET \"FancyName\" = %(param_1)s, \"other name\" = %(param_2)s",
                Map.of("param_1", "something updated", "param_2", "something else", "FancyName", "something new"),
                TestDialects.POSTGRESQL);
    }

    /** InsertOnConflictTest.test_on_conflict_literal_binds, whereclause path. */
    @Test
    void test_on_conflict_literal_binds_whereclause() {
        var i = PostgreSQLDml.insert(tableWithMetadata).values(ordered2("myid", 1, "name", "foo"))
                .onConflictDoUpdate(ConflictTarget.indexElements("myid"), Map.of("name", "I'm a name"),
                        tableWithMetadata.c("name").eq("foo"));
        PG.assertCompile(i, "INSERT INTO mytable (myid, name) VALUES (1, 'foo') ON CONFLICT (myid) DO UPDATE SET "
                + "name = 'I''m a name' WHERE mytable.name = 'foo'", TestDialects.POSTGRESQL,
                CompileOptions.literalBinds());
    }

    /** InsertOnConflictTest.test_on_conflict_literal_binds, indexwhere path. */
    @Test
    void test_on_conflict_literal_binds_indexwhere() {
        var i = PostgreSQLDml.insert(tableWithMetadata).values(ordered2("myid", 1, "name", "foo"))
                .onConflictDoUpdate(ConflictTarget.indexElements("myid").where(table1.c("name").gt("m")),
                        Map.of("name", "I'm a name"));
        PG.assertCompile(i, "INSERT INTO mytable (myid, name) VALUES (1, 'foo') ON CONFLICT (myid) WHERE name > 'm' "
                + "DO UPDATE SET name = 'I''m a name'", TestDialects.POSTGRESQL, CompileOptions.literalBinds());
    }

    private static Map<String, Object> ordered2(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> mapOf(Object... keyValues) {
        return ordered2(keyValues);
    }

    /** InsertOnConflictTest.test_do_update_unnamed_pk_constraint_target (the primary key's columns as the target). */
    @Test
    void test_do_update_unnamed_pk_constraint_target() {
        PostgreSQLInsert i = PostgreSQLDml.insert(tableWithMetadata).values(ordered2("myid", 1, "name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements(tableWithMetadata.primaryKey().columns().toArray()),
                Map.of("name", i.excluded().c("name")));
        pg(i, "INSERT INTO mytable (myid, name) VALUES (%(myid)s, %(name)s) ON CONFLICT (myid) "
                + "DO UPDATE SET name = excluded.name");
    }

    /** InsertOnConflictTest.test_set_excluded, control: every column set from {@code excluded}. */
    @Test
    void test_set_excluded() {
        PostgreSQLInsert stmt = PostgreSQLDml.insert(users);
        Map<Object, Object> set = new LinkedHashMap<>();
        for (var c : users.columns()) {
            set.put(c, stmt.excluded().c(c.key()));
        }
        pg(stmt.onConflictDoUpdate(ConflictTarget.indexElements(users.c("id")), set),
                "INSERT INTO users (id, name) VALUES (%(id)s, %(name)s) ON CONFLICT (id) DO UPDATE "
                        + "SET id = excluded.id, name = excluded.name");
    }

    /**
     * InsertOnConflictTest.test_on_conflict_as_cte. SQLAlchemy: {@code WITH i_upsert AS (INSERT INTO mytable (name)
     * VALUES (%(param_1)s) ON CONFLICT (name, description) WHERE description != %(description_1)s DO UPDATE SET
     * name = excluded.name WHERE mytable.name != excluded.name RETURNING 1) SELECT i_upsert.1 FROM i_upsert}.
     */
    @Test
    @io.alchemy.testing.conformance.Deviation(
            decision = "0013-sqlalchemy-conformance-differences.md#pg-cte-returning-literal",
            value = "the CTE's column named 1 is quoted (i_upsert.\"1\"), and the INSERT's value keeps its column name")
    void test_on_conflict_as_cte() {
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(Map.of("name", "foo"));
        var cte = i.onConflictDoUpdate(ConflictTarget.indexElements(table1.c("name"), table1.c("description"))
                                .where(table1.c("description").ne("foo")),
                        Map.of("name", i.excluded().c("name")), table1.c("name").ne(i.excluded().c("name")))
                .returning(literalColumn("1")).cte("i_upsert");
        pg(select(cte), "WITH i_upsert AS (INSERT INTO mytable (name) VALUES (%(name)s) "
                + "ON CONFLICT (name, description) WHERE description != %(description_1)s "
                + "DO UPDATE SET name = excluded.name WHERE mytable.name != excluded.name RETURNING 1) "
                + "SELECT i_upsert.\"1\" FROM i_upsert");
    }

    /** InsertOnConflictTest.test_do_update_pk_constraint_index_elements_target (the primary key as index elements). */
    @Test
    void test_do_update_pk_constraint_index_elements_target() {
        PostgreSQLInsert i = PostgreSQLDml.insert(tableWithMetadata).values(ordered2("myid", 1, "name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements(tableWithMetadata.primaryKey().columnNames().toArray()),
                Map.of("name", i.excluded().c("name")));
        pg(i, "INSERT INTO mytable (myid, name) VALUES (%(myid)s, %(name)s) ON CONFLICT (myid) "
                + "DO UPDATE SET name = excluded.name");
    }

    /** InsertOnConflictTest.test_do_update_named_unique_constraint_target (the constraint's name). */
    @Test
    void test_do_update_named_unique_constraint_target() {
        var uniqueConstr = uniqueConstraint("name").name("uq_name");
        PostgreSQLInsert i = PostgreSQLDml.insert(table1).values(Map.of("name", "foo"));
        i = i.onConflictDoUpdate(ConflictTarget.constraint(uniqueConstr.name()), Map.of("myid", i.excluded().c("myid")));
        pg(i, "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT ON CONSTRAINT uq_name "
                + "DO UPDATE SET myid = excluded.myid");
    }

    /** InsertOnConflictTest.test_do_nothing_quoted_named_constraint_target (the constraint's name, quoted). */
    @Test
    void test_do_nothing_quoted_named_constraint_target() {
        var uniqueConstr = uniqueConstraint("myid").name("Some Constraint Name");
        pg(PostgreSQLDml.insert(table1).values(Map.of("name", "foo"))
                        .onConflictDoNothing(ConflictTarget.constraint(uniqueConstr.name())),
                "INSERT INTO mytable (name) VALUES (%(name)s) ON CONFLICT ON CONSTRAINT \"Some Constraint Name\" "
                        + "DO NOTHING");
    }
}
