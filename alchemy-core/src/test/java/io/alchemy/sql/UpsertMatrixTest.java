package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dialect upserts: ON CONFLICT (PostgreSQL, SQLite), ON DUPLICATE KEY UPDATE (MySQL, MariaDB), MERGE (H2). */
class UpsertMatrixTest {
    private final MetaData metadata = new MetaData();
    private final Table person = metadata.table("person",
            column("id", Types.INTEGER).primaryKey(),
            column("name", Types.string(30)).unique(),
            column("fullname", Types.STRING));

    private Insert rows() {
        return insert(person).values(List.of(Map.of("name", "sandy", "fullname", "Sandy Squirrel"),
                Map.of("name", "newcomer", "fullname", "New Comer")));
    }

    private Insert doUpdate() {
        Insert insert = rows();
        return insert.onConflictDoUpdate(List.of(person.c("name")), Map.of("fullname", insert.excluded("fullname")));
    }

    @Test
    void compiledForms() {
        assertThat(Dialects4.sql(doUpdate(), Dialects4.SQLITE)).isEqualTo("INSERT INTO person (name, fullname) VALUES "
                + "(?, ?), (?, ?) ON CONFLICT (name) DO UPDATE SET fullname = excluded.fullname");
        assertThat(Dialects4.sql(rows().onConflictDoNothing(person.c("name")), Dialects4.POSTGRESQL))
                .endsWith(" ON CONFLICT (name) DO NOTHING");
        Insert mysql = rows();
        assertThat(Dialects4.sql(mysql.onDuplicateKeyUpdate(Map.of("fullname", mysql.excluded("fullname"))), Dialects4.MYSQL))
                .isEqualTo("INSERT INTO person (name, fullname) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE "
                        + "fullname = VALUES(fullname)");
        assertThat(Dialects4.sql(doUpdate(), Dialects4.H2)).isEqualTo("MERGE INTO person (name, fullname) KEY (name) "
                + "VALUES (?, ?), (?, ?)");
        assertThatThrownBy(() -> doUpdate().compile(Dialects4.MYSQL)).isInstanceOf(CompileError.class)
                .hasMessageContaining("onDuplicateKeyUpdate");
        assertThatThrownBy(() -> rows().onConflictDoNothing().compile(Dialects4.H2)).isInstanceOf(CompileError.class)
                .hasMessageContaining("H2 merges rows");
    }

    @MatrixTest
    void upsertUpdatesExistingRowsAndInsertsNewOnes(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> conn.execute(insert(person), List.of(Map.of("name", "sandy", "fullname", "Sandy Cheeks"),
                Map.of("name", "patrick", "fullname", "Patrick Star"))));
        Insert insert = rows();
        Insert upsert = db.name().equals("mariadb")
                ? insert.onDuplicateKeyUpdate(Map.of("fullname", insert.excluded("fullname"))) : doUpdate();
        engine.begin(conn -> conn.execute(upsert));
        assertThat(query(engine, select(person.c("name"), person.c("fullname")).orderBy(person.c("name")))).containsExactly(
                row("newcomer", "New Comer"), row("patrick", "Patrick Star"), row("sandy", "Sandy Squirrel"));
    }

    @MatrixTest
    void doNothingSkipsConflictingRows(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> conn.execute(insert(person).values(Map.of("name", "sandy", "fullname", "Sandy Cheeks"))));
        Insert skip = rows().onConflictDoNothing(person.c("name"));
        if (List.of("mariadb", "h2").contains(db.name())) {
            assertThatThrownBy(() -> skip.compile(engine.dialect())).isInstanceOf(CompileError.class);
            return;
        }
        engine.begin(conn -> conn.execute(skip));
        assertThat(query(engine, select(person.c("name"), person.c("fullname")).orderBy(person.c("name")))).containsExactly(
                row("newcomer", "New Comer"), row("sandy", "Sandy Cheeks"));
    }
}
