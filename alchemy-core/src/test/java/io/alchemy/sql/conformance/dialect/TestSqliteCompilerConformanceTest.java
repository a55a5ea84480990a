package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;

import io.alchemy.dialect.sqlite.SQLiteDml;
import io.alchemy.dialect.sqlite.SQLiteInsert;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.ConflictTarget;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/sqlite/test_compiler.py} ({@code SQLTest}, {@code OnConflictCompileTest}):
 * the SQLite dialect's SQL, in pysqlite's {@code qmark} paramstyle (JDBC's). Expected strings verbatim.
 */
@PortedFrom("test/dialect/sqlite/test_compiler.py")
class TestSqliteCompilerConformanceTest {
    private static final SqlAlchemyParamstyle Q = SqlAlchemyParamstyle.QMARK;
    private final Table users = new MetaData().table("users", column("id", Types.INTEGER).primaryKey(),
            column("name", Types.string(50)));

    private static void lite(io.alchemy.sql.Executable stmt, String expected) {
        Q.assertCompile(stmt, expected, TestDialects.SQLITE);
    }

    /** SQLTest.test_true_false. */
    @Test
    void test_true_false() {
        Q.assertCompile(false_(), "0", TestDialects.SQLITE);
        Q.assertCompile(true_(), "1", TestDialects.SQLITE);
    }

    /** SQLTest.test_is_distinct_from: {@code x IS NOT NULL} for a NULL. */
    @Test
    void test_is_distinct_from() {
        Q.assertCompile(column("x").isDistinctFrom(null), "x IS NOT NULL", TestDialects.SQLITE);
    }

    /** SQLTest.test_in_tuple: the compiled form. SQLAlchemy: {@code (q, p) IN (__[POSTCOMPILE_param_1])}. */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#sqlite-tuple-in-values",
            value = "VALUES precedes the expanding placeholder instead of being part of its expansion")
    void test_in_tuple() {
        Q.assertCompile(tuple(column("q"), column("p")).in(List.of(List.of(1, 2), List.of(3, 4))),
                "(q, p) IN (VALUES __[POSTCOMPILE_param_1])", TestDialects.SQLITE);
    }

    /** OnConflictCompileTest.test_assorted_arg_coercion: DO UPDATE with a WHERE. */
    @Test
    void test_assorted_arg_coercion() {
        lite(SQLiteDml.insert(users).onConflictDoUpdate(ConflictTarget.indexElements(users.c("id")),
                        Map.of(users.c("name"), "there"), users.c("name").eq("hi")),
                "INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = ? "
                        + "WHERE users.name = ?");
    }

    /**
     * OnConflictCompileTest.test_assorted_arg_coercion: DO NOTHING with an index WHERE on a column. SQLAlchemy:
     * {@code INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) WHERE name = __[POSTCOMPILE_name_1] DO
     * NOTHING}.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#sqlite-index-predicate-inline",
            value = "the index predicate's value is inline at compile time, not a literal-execute parameter")
    void test_assorted_arg_coercion_index_where() {
        lite(SQLiteDml.insert(users).onConflictDoNothing(
                        ConflictTarget.indexElements(users.c("id")).where(users.c("name").eq("hi"))),
                "INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) WHERE name = 'hi' "
                        + "DO NOTHING");
    }

    /** OnConflictCompileTest.test_dont_consume_set_collection. */
    @Test
    void test_dont_consume_set_collection() {
        SQLiteInsert stmt = SQLiteDml.insert(users).values(List.of(Map.of("name", "spongebob"),
                Map.of("name", "sandy")));
        stmt = stmt.onConflictDoUpdate(ConflictTarget.indexElements(users.c("name")),
                Map.of("name", stmt.excluded().c("name")));
        lite(stmt, "INSERT INTO users (name) VALUES (?), (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name");
        lite(stmt.returning(users), "INSERT INTO users (name) VALUES (?), (?) ON CONFLICT (name) DO UPDATE SET "
                + "name = excluded.name RETURNING id, name");
    }

    /**
     * OnConflictCompileTest.test_on_conflict_do_update_exotic_targets_six: a partial index's WHERE. SQLAlchemy:
     * {@code … ON CONFLICT (name, lets_index_this) WHERE lets_index_this = __[POSTCOMPILE_lets_index_this_1] DO
     * UPDATE …}.
     */
    @Test
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#sqlite-index-predicate-inline",
            value = "the index predicate's value is inline at compile time, not a literal-execute parameter")
    void test_on_conflict_do_update_exotic_targets_six() {
        Table usersXtra = new MetaData().table("users_xtra", column("id", Types.INTEGER).primaryKey(),
                column("name", Types.string(50)), column("login_email", Types.string(50)),
                column("lets_index_this", Types.string(50)));
        SQLiteInsert i = SQLiteDml.insert(usersXtra);
        Map<Object, Object> set = new LinkedHashMap<>();
        set.put("name", i.excluded().c("name"));
        set.put("login_email", i.excluded().c("login_email"));
        i = i.onConflictDoUpdate(ConflictTarget.indexElements(usersXtra.c("name"), usersXtra.c("lets_index_this"))
                .where(usersXtra.c("lets_index_this").eq("unique_name")), set);
        lite(i, "INSERT INTO users_xtra (id, name, login_email, lets_index_this) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (name, lets_index_this) WHERE lets_index_this = 'unique_name' "
                + "DO UPDATE SET name = excluded.name, login_email = excluded.login_email");
    }

    private final Table mytable = new MetaData().table("mytable", column("myid", Types.INTEGER).primaryKey(),
            column("name", Types.string(128)));

    private SQLiteInsert fooRow() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("myid", 1);
        values.put("name", "foo");
        return SQLiteDml.insert(mytable).values(values);
    }

    /** OnConflictCompileTest.test_on_conflict_literal_binds, whereclause path. */
    @Test
    void test_on_conflict_literal_binds_whereclause() {
        Q.assertCompile(fooRow().onConflictDoUpdate(ConflictTarget.indexElements("myid"), Map.of("name", "I'm a name"),
                        mytable.c("name").eq("foo")),
                "INSERT INTO mytable (myid, name) VALUES (1, 'foo') ON CONFLICT (myid) DO UPDATE SET name = "
                        + "'I''m a name' WHERE mytable.name = 'foo'", TestDialects.SQLITE, CompileOptions.literalBinds());
    }

    /** OnConflictCompileTest.test_on_conflict_literal_binds, indexwhere path. */
    @Test
    void test_on_conflict_literal_binds_indexwhere() {
        Q.assertCompile(fooRow().onConflictDoUpdate(ConflictTarget.indexElements("myid")
                                .where(mytable.c("name").gt("m")), Map.of("name", "I'm a name")),
                "INSERT INTO mytable (myid, name) VALUES (1, 'foo') ON CONFLICT (myid) WHERE name > 'm' "
                        + "DO UPDATE SET name = 'I''m a name'", TestDialects.SQLITE, CompileOptions.literalBinds());
    }

    /** OnConflictCompileTest.test_assorted_arg_coercion: plain DO NOTHING with index elements. */
    @Test
    void test_do_nothing_index_elements() {
        lite(SQLiteDml.insert(users).onConflictDoNothing(ConflictTarget.indexElements("id")),
                "INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING");
    }

    /** (Limit forms as SQLAlchemy's SQLite dialect writes them:) test_compiler.py's LIMIT -1 with an OFFSET. */
    @Test
    void test_offset_only() {
        TableClause t = table("t", col("a"));
        Q.assertCompile(select(t).offset(5), "SELECT t.a FROM t LIMIT -1 OFFSET ?", List.of(5), TestDialects.SQLITE);
    }

    /** SQLTest.test_is_distinct_from: {@code is_not_distinct_from(False)}. */
    @Test
    void test_is_not_distinct_from() {
        Q.assertCompile(column("x").isNotDistinctFrom(false), "x IS 0", TestDialects.SQLITE,
                CompileOptions.literalBinds());
    }
}
