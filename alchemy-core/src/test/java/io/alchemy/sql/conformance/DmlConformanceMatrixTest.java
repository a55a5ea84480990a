package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.MatrixRows.query;
import static io.alchemy.sql.conformance.MatrixRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.dialect.postgresql.PostgreSQLDialect;
import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.ConflictTarget;
import io.alchemy.sql.Executable;
import io.alchemy.sql.ForUpdate;
import io.alchemy.testing.Capability;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.RequiresCapability;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * The DML, CASE, function and row-locking constructs the ports of SQLAlchemy's {@code test_insert.py},
 * {@code test_update.py}, {@code test_delete.py}, {@code test_case_statement.py}, {@code test_functions.py} and
 * the dialect compiler tests fixed or added, executed on every database of the matrix that has them. Fixture (
 * {@link DmlTables}): users 7 (jack), 8 (ed), 9 (fred); addresses 1 (7, jack@bean.com), 2 (8, ed@wood.com),
 * 3 (8, ed@lala.com).
 */
class DmlConformanceMatrixTest {
    private final DmlTables tables = new DmlTables();
    private final MetaData metadata = tables.metadata;
    private final Table users = tables.users;
    private final Table addresses = tables.addresses;

    private Engine load(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> {
            conn.execute(insert(users).values(List.of(Map.of("id", 7, "name", "jack"))).values(List.of(
                    Map.of("id", 8, "name", "ed"), Map.of("id", 9, "name", "fred"))));
            conn.execute(insert(addresses), List.of(
                    Map.of("id", 1, "user_id", 7, "name", "x", "email_address", "jack@bean.com"),
                    Map.of("id", 2, "user_id", 8, "name", "x", "email_address", "ed@wood.com"),
                    Map.of("id", 3, "user_id", 8, "name", "x", "email_address", "ed@lala.com")));
        });
        return engine;
    }

    /** A second multi-row values() adds its rows: all three users are there. */
    @MatrixTest
    void multiRowValuesCalledTwiceInsertsEveryRow(TestDatabase db) {
        Engine engine = load(db);
        assertThat(query(engine, select(users.c("id"), users.c("name")).orderBy(users.c("id"))))
                .containsExactly(row(7, "jack"), row(8, "ed"), row(9, "fred"));
    }

    /** A simple CASE (anonymous WHEN values) and a searched CASE with parenthesized conditions. */
    @MatrixTest
    void caseExpressions(TestDatabase db) {
        Engine engine = load(db);
        var simple = caseOf(users.c("id")).when(7, "seven").when(8, "eight").otherwise("other");
        var searched = caseWhen(users.c("id").lt(8).and(users.c("name").eq("jack")), "j")
                .when(users.c("id").gt(8), "f").otherwise("e");
        assertThat(query(engine, select(simple, searched).orderBy(users.c("id"))))
                .containsExactly(row("seven", "j"), row("eight", "e"), row("other", "f"));
    }

    /** An ANSI function called with arguments and a function of a dotted-free name in a subquery. */
    @MatrixTest
    void functionsInSubqueries(TestDatabase db) {
        Engine engine = load(db);
        var counts = select(addresses.c("user_id"), func.count(addresses.c("id")).label("n"))
                .groupBy(addresses.c("user_id")).subquery();
        assertThat(query(engine, select(users.c("name"), func.coalesce(counts.c("n"), 0))
                .selectFrom(users.outerjoin(counts, users.c("id").eq(counts.c("user_id")))).orderBy(users.c("id"))))
                .containsExactly(row("jack", 1), row("ed", 2), row("fred", 0));
    }

    /** UPDATE … FROM (PostgreSQL, SQLite) or multi-table UPDATE (MySQL/MariaDB) with criteria on another table. */
    @MatrixTest
    @RequiresCapability(Capability.MULTI_TABLE_UPDATE)
    void updateWithCriteriaOnAnotherTable(TestDatabase db) {
        Engine engine = load(db);
        engine.begin(conn -> conn.execute(update(addresses).values(Map.of("email_address", users.c("name")))
                .where(users.c("id").eq(addresses.c("user_id"))).where(users.c("name").eq("ed"))));
        assertThat(query(engine, select(addresses.c("email_address")).orderBy(addresses.c("id"))))
                .containsExactly(row("jack@bean.com"), row("ed"), row("ed"));
    }

    /** A multi-table UPDATE setting columns of both tables named alike ({@code name}): two parameters, two values. */
    @MatrixTest
    @RequiresCapability(Capability.MULTI_TABLE_UPDATE_SET)
    void multiTableUpdateOfSameNamedColumns(TestDatabase db) {
        Engine engine = load(db);
        engine.begin(conn -> conn.execute(update(users).values(Map.of("name", "newname"))
                .values(addresses.c("name"), "new address").where(users.c("id").eq(addresses.c("user_id")))
                .where(users.c("id").eq(7))));
        assertThat(query(engine, select(users.c("name")).where(users.c("id").eq(7)))).containsExactly(row("newname"));
        assertThat(query(engine, select(addresses.c("name")).where(addresses.c("id").eq(1))))
                .containsExactly(row("new address"));
    }

    /** DELETE with criteria on another table. */
    @MatrixTest
    @RequiresCapability(Capability.MULTI_TABLE_DELETE)
    void deleteWithCriteriaOnAnotherTable(TestDatabase db) {
        Engine engine = load(db);
        engine.begin(conn -> conn.execute(delete(addresses).where(addresses.c("user_id").eq(users.c("id")))
                .where(users.c("name").eq("ed"))));
        assertThat(query(engine, select(addresses.c("id")))).containsExactly(row(1));
    }

    /** FOR UPDATE OF an alias and a join's tables, and PostgreSQL's key-share locks. */
    @MatrixTest
    @RequiresCapability(Capability.ROW_LOCKING)
    void rowLockingOfTables(TestDatabase db) {
        Engine engine = load(db);
        assumeTrue(engine.dialect() instanceof PostgreSQLDialect, "FOR UPDATE OF and key-share locks: PostgreSQL");
        var u = users.alias("u");
        assertThat(query(engine, select(u.c("id")).where(u.c("id").eq(7)).forUpdate(ForUpdate.UPDATE.of(u))))
                .containsExactly(row(7));
        var join = users.join(addresses, users.c("id").eq(addresses.c("user_id")));
        assertThat(query(engine, select(addresses.c("id")).selectFrom(join).where(users.c("id").eq(7))
                .forUpdate(ForUpdate.UPDATE.withKeyShare().of(join)))).containsExactly(row(1));
        assertThat(query(engine, select(users.c("id")).where(users.c("id").eq(8))
                .forUpdate(ForUpdate.share().withKeyShare().withNowait()))).containsExactly(row(8));
    }

    /**
     * ON CONFLICT on a partial unique index: the index predicate is repeated in the conflict target, with a value
     * the database must compare with the index's own predicate.
     */
    @MatrixTest
    void onConflictOnAPartialIndex(TestDatabase db) {
        Engine engine = db.engine();
        assumeTrue(engine.dialect() instanceof PostgreSQLDialect
                || engine.dialect() instanceof io.alchemy.dialect.sqlite.SQLiteDialect, "ON CONFLICT … WHERE");
        Table items = new MetaData().table("items", column("id", io.alchemy.types.Types.INTEGER).primaryKey(),
                column("name", io.alchemy.types.Types.string(20)), column("kind", io.alchemy.types.Types.string(20)));
        items.metadata().createAll(engine);
        engine.begin(conn -> conn.execute(text("CREATE UNIQUE INDEX items_name_u ON items (name) WHERE kind = 'u'")));
        var target = ConflictTarget.indexElements(items.c("name")).where(items.c("kind").eq("u"));
        for (int id : new int[] {1, 2}) {
            Executable upsert = engine.dialect() instanceof PostgreSQLDialect
                    ? io.alchemy.dialect.postgresql.PostgreSQLDml.insert(items)
                            .values(Map.of("id", id, "name", "a", "kind", "u"))
                            .onConflictDoUpdate(target, Map.of("kind", "u"))
                    : io.alchemy.dialect.sqlite.SQLiteDml.insert(items)
                            .values(Map.of("id", id, "name", "a", "kind", "u"))
                            .onConflictDoUpdate(target, Map.of("kind", "u"));
            engine.begin(conn -> conn.execute(upsert));
        }
        assertThat(query(engine, select(items.c("id"), items.c("name")))).containsExactly(row(1, "a"));
    }
}
