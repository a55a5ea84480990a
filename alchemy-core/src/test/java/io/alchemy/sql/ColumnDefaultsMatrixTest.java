package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.testing.TestDialects;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Java-side column defaults: INSERT binds them when no value is given (computed ones once per row), UPDATE onupdate. */
class ColumnDefaultsMatrixTest {
    private final AtomicInteger sequence = new AtomicInteger(100);
    private final MetaData metadata = new MetaData();
    private final Table item = metadata.table("item",
            column("id", Types.INTEGER).primaryKey(),
            column("name", Types.STRING),
            column("status", Types.STRING).defaultValue("new"),
            column("serial", Types.INTEGER).defaultValue(sequence::incrementAndGet),
            column("version", Types.INTEGER).defaultValue(1).onupdate(2));

    @org.junit.jupiter.api.Test
    void defaultsAppearInTheCompiledStatement() {
        assertCompile(insert(item).values(Map.of("name", "a")),
                "INSERT INTO item (name, status, serial, version) VALUES (:name, :status, :serial, :version)");
        assertCompile(update(item).values(Map.of("name", "b")), "UPDATE item SET name=:name, version=:version");
        Compiled compiled = insert(item).values(Map.of("name", "a")).compile(TestDialects.SQLITE);
        assertThat(compiled.binds().get(1).value()).isEqualTo("new");
        assertThat(compiled.binds().get(2).value()).isInstanceOf(ComputedValue.class);
        assertThat(compiled).isEqualTo(insert(item).values(Map.of("name", "a")).compile(TestDialects.SQLITE));
    }

    @MatrixTest
    void insertAndUpdateApplyThem(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> {
            conn.execute(insert(item).values(Map.of("name", "a")));
            conn.execute(insert(item), List.of(Map.of("name", "b"), Map.of("name", "c", "status", "old")));
            conn.execute(update(item).values(Map.of("name", "B")).where(item.c("name").eq("b")));
        });
        assertThat(query(engine, select(item.c("name"), item.c("status"), item.c("serial"), item.c("version"))
                .orderBy(item.c("id")))).containsExactly(row("a", "new", 101, 1), row("B", "new", 102, 2),
                row("c", "old", 103, 1));
    }

    @MatrixTest
    void anExecutemanyInsertReturningComputesTheDefaultOncePerRowInEveryBatch(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        List<Map<String, Object>> params = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            params.add(Map.of("name", "n" + i));
        }
        List<io.alchemy.engine.Row> returned = engine.transaction(conn -> conn.execute(
                insert(item).returning(item.c("name"), item.c("status"), item.c("serial")), params).all());
        assertThat(returned).hasSize(1_500);
        for (int i = 0; i < returned.size(); i++) {
            assertThat(returned.get(i).values()).containsExactly("n" + i, "new", 101 + i);
        }
    }

    @org.junit.jupiter.api.Test
    void upsertsInsertTheDefaultsToo() {
        assertCompile(io.alchemy.dialect.postgresql.PostgreSQLDml.insert(item).values(Map.of("name", "a"))
                .onConflictDoNothing(), "INSERT INTO item (name, status, serial, version) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", TestDialects.POSTGRESQL);
        assertCompile(io.alchemy.dialect.h2.H2Dml.insert(item).values(Map.of("id", 1, "name", "a"))
                .onConflictDoNothing(), "MERGE INTO item USING (VALUES (?, ?, ?, ?, ?)) AS excluded "
                + "(id, name, status, serial, version) ON item.id = excluded.id WHEN NOT MATCHED THEN INSERT "
                + "(id, name, status, serial, version) VALUES (excluded.id, excluded.name, excluded.status, "
                + "excluded.serial, excluded.version)", TestDialects.H2);
    }
}
