package io.alchemy.dialect;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.h2.H2Dml;
import io.alchemy.dialect.mysql.MySQLDml;
import io.alchemy.dialect.mysql.MySQLInsert;
import io.alchemy.dialect.postgresql.PostgreSQLDml;
import io.alchemy.dialect.sqlite.SQLiteDml;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.exc.CompileError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.ConflictTarget;
import io.alchemy.sql.Executable;
import io.alchemy.sql.OnConflictInsert;
import io.alchemy.sql.Upsert;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each database's upsert executed: a conflicting row is updated (or left alone) and a new row inserted, checked by
 * reading the table back. PostgreSQL, SQLite and H2 (as a MERGE) take {@code ON CONFLICT}, MariaDB
 * {@code ON DUPLICATE KEY UPDATE}.
 */
class UpsertMatrixTest {
    private final Table user = new MetaData().table("user_account", column("id", Types.INTEGER).primaryKey(),
            column("name", Types.string(30)).unique(), column("fullname", Types.string(50)));
    private final List<Map<String, Object>> proposed = List.of(Map.of("name", "sandy", "fullname", "Sandy Squirrel"),
            Map.of("name", "patrick", "fullname", "Patrick Star"));

    private Engine load(TestDatabase db) {
        Engine engine = db.engine();
        user.metadata().createAll(engine);
        engine.begin(conn -> conn.execute(insert(user), List.of(Map.of("name", "spongebob", "fullname", "Spongebob"),
                Map.of("name", "sandy", "fullname", "Sandy Cheeks"))));
        return engine;
    }

    private List<List<Object>> rows(Engine engine) {
        return engine.transaction(conn -> conn.execute(select(user.c("name"), user.c("fullname")).orderBy(user.c("id")))
                .all().stream().map(Row::values).toList());
    }

    /** The ON CONFLICT statement of the database, or {@code null} on MariaDB. */
    private OnConflictInsert<?> onConflict(TestDatabase db) {
        return switch (db.name()) {
            case "postgresql" -> PostgreSQLDml.insert(user);
            case "sqlite" -> SQLiteDml.insert(user);
            case "h2" -> H2Dml.insert(user);
            default -> null;
        };
    }

    private Executable updateOnConflict(TestDatabase db) {
        OnConflictInsert<?> stmt = onConflict(db);
        if (stmt == null) {
            MySQLInsert mysql = MySQLDml.insert(user).values(proposed);
            return mysql.onDuplicateKeyUpdate(Map.of("fullname", mysql.inserted().c("fullname")));
        }
        OnConflictInsert<?> rows = stmt.values(proposed);
        return rows.onConflictDoUpdate(ConflictTarget.indexElements("name"), Map.of("fullname", rows.excluded().c("fullname")));
    }

    @MatrixTest
    void theConflictingRowIsUpdatedAndTheNewOneInserted(TestDatabase db) {
        Engine engine = load(db);
        engine.begin(conn -> conn.execute(updateOnConflict(db)));
        assertThat(rows(engine)).containsExactly(List.of("spongebob", "Spongebob"), List.of("sandy", "Sandy Squirrel"),
                List.of("patrick", "Patrick Star"));
    }

    @MatrixTest
    void theConflictingRowIsLeftAlone(TestDatabase db) {
        Engine engine = load(db);
        OnConflictInsert<?> stmt = onConflict(db);
        Executable ignore = stmt == null ? MySQLDml.insert(user).values(proposed).onDuplicateKeyUpdate(Map.of("id", user.c("id")))
                : stmt.values(proposed).onConflictDoNothing();
        engine.begin(conn -> conn.execute(ignore));
        assertThat(rows(engine)).containsExactly(List.of("spongebob", "Spongebob"), List.of("sandy", "Sandy Cheeks"),
                List.of("patrick", "Patrick Star"));
    }

    @MatrixTest
    void doNothingOnANamedTargetSkipsOnlyTheConflictingRow(TestDatabase db) {
        Engine engine = load(db);
        OnConflictInsert<?> stmt = onConflict(db);
        Executable skip = stmt == null ? MySQLDml.insert(user).values(proposed).onDuplicateKeyUpdate(Map.of("name", user.c("name")))
                : stmt.values(proposed).onConflictDoNothing(ConflictTarget.indexElements(user.c("name")));
        engine.begin(conn -> conn.execute(skip));
        assertThat(rows(engine)).containsExactly(List.of("spongebob", "Spongebob"), List.of("sandy", "Sandy Cheeks"),
                List.of("patrick", "Patrick Star"));
    }

    @MatrixTest
    void anUpdateWithACriterionAndPlainValuesAsParameters(TestDatabase db) {
        Engine engine = load(db);
        OnConflictInsert<?> stmt = onConflict(db);
        Executable upsert;
        if (stmt == null) {
            MySQLInsert mysql = MySQLDml.insert(user).values(proposed.get(0));
            upsert = mysql.onDuplicateKeyUpdate(Map.of("fullname", "Sandy C. 'the squirrel'"));
        } else {
            upsert = stmt.values(proposed.get(0)).onConflictDoUpdate(ConflictTarget.indexElements(user.c("name")),
                    Map.of("fullname", "Sandy C. 'the squirrel'"), user.c("fullname").eq("Sandy Cheeks"));
        }
        engine.begin(conn -> conn.execute(upsert));
        assertThat(rows(engine)).containsExactly(List.of("spongebob", "Spongebob"),
                List.of("sandy", "Sandy C. 'the squirrel'"));
        if (stmt != null) {
            engine.begin(conn -> conn.execute(upsert));
            assertThat(rows(engine)).hasSize(2).contains(List.of("sandy", "Sandy C. 'the squirrel'"));
        }
    }

    @MatrixTest
    void upsertReturningGivesTheRowsIdAndNewValues(TestDatabase db) {
        Engine engine = load(db);
        OnConflictInsert<?> stmt = onConflict(db);
        Executable upsert;
        if (stmt == null) {
            MySQLInsert mysql = MySQLDml.insert(user).values(proposed.get(0));
            upsert = mysql.onDuplicateKeyUpdate(Map.of("fullname", mysql.inserted().c("fullname")))
                    .returning(user.c("id"), user.c("fullname"));
        } else {
            OnConflictInsert<?> one = stmt.values(proposed.get(0));
            upsert = one.onConflictDoUpdate(ConflictTarget.indexElements("name"),
                    Map.of("fullname", one.excluded().c("fullname"))).returning(user.c("id"), user.c("fullname"));
        }
        List<Row> returned = engine.transaction(conn -> conn.execute(upsert).all());
        assertThat(returned).extracting(Row::values).containsExactly(List.of(2, "Sandy Squirrel"));
    }

    @MatrixTest
    void anotherDatabasesUpsertIsACompileErrorNamingTheDialect(TestDatabase db) {
        Engine engine = load(db);
        Upsert onConflict = PostgreSQLDml.insert(user).values(proposed).onConflictDoNothing();
        Upsert onDuplicateKey = MySQLDml.insert(user).values(proposed).onDuplicateKeyUpdate(Map.of("id", user.c("id")));
        Upsert foreign = engine.dialect().supportsUpsert(onConflict.clause()) ? onDuplicateKey : onConflict;
        String construct = foreign == onConflict ? "INSERT … ON CONFLICT" : "INSERT … ON DUPLICATE KEY UPDATE";
        assertThat(engine.dialect().supportsUpsert(foreign.clause())).isFalse();
        assertThatThrownBy(() -> engine.begin(conn -> conn.execute(foreign))).isInstanceOf(CompileError.class)
                .hasMessage(construct + " is not supported by the " + engine.dialect().name() + " dialect");
        assertThat(rows(engine)).hasSize(2);
    }

    @MatrixTest
    void aConflictOnAnotherKeyThanTheTarget(TestDatabase db) {
        Engine engine = load(db);
        OnConflictInsert<?> stmt = onConflict(db);
        Map<String, Object> clash = Map.of("id", 1, "name", "other", "fullname", "x");
        if (stmt == null) {
            engine.begin(conn -> conn.execute(MySQLDml.insert(user).values(clash)
                    .onDuplicateKeyUpdate(Map.of("fullname", "covers every key"))));
            assertThat(rows(engine)).containsExactly(List.of("spongebob", "covers every key"), List.of("sandy", "Sandy Cheeks"));
            return;
        }
        Executable upsert = stmt.values(clash).onConflictDoNothing(ConflictTarget.indexElements("name"));
        assertThatThrownBy(() -> engine.begin(conn -> conn.execute(upsert))).isInstanceOf(IntegrityError.class);
        assertThat(rows(engine)).hasSize(2);
    }

    @Test
    void h2MergeByKeyUpdatesOrInserts() throws Exception {
        try (TestDatabase db = TestDatabase.fresh("h2")) {
            Engine engine = load(db);
            engine.begin(conn -> conn.execute(H2Dml.merge(user).key("name").values(proposed)));
            assertThat(rows(engine)).containsExactly(List.of("spongebob", "Spongebob"),
                    List.of("sandy", "Sandy Squirrel"), List.of("patrick", "Patrick Star"));
            List<Row> merged = engine.transaction(conn -> conn.execute(H2Dml.merge(user).key("name")
                    .values(Map.of("name", "spongebob", "fullname", "SpongeBob")).returning(user.c("id"))).all());
            assertThat(merged).extracting(row -> row.get(0)).containsExactly(1);
            assertThat(rows(engine).get(0)).isEqualTo(List.of("spongebob", "SpongeBob"));
        }
    }
}
