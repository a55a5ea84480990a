package io.alchemy.schema;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.index;
import static io.alchemy.Alchemy.inspect;
import static io.alchemy.types.Types.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.engine.Engine;
import io.alchemy.exc.IdentifierError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.Map;

/**
 * Names longer than the database keeps (PostgreSQL 63 bytes, MySQL/MariaDB 64 characters) raise
 * {@link IdentifierError} when the DDL is compiled, instead of being truncated by the database (after which
 * {@code createAll} is no longer idempotent and reflection cannot find the table); names at the limit work.
 */
class IdentifierLengthMatrixTest {
    /** The limit per database; H2's is 256, SQLite has none. */
    private static final Map<String, Integer> LIMIT = Map.of("postgresql", 63, "mariadb", 64, "h2", 256, "sqlite", 300);

    @MatrixTest
    void aNameAtTheLimitIsKeptAndCreateAllStaysIdempotent(TestDatabase db) {
        Engine engine = db.engine();
        String name = "t".repeat(LIMIT.get(db.name()));
        MetaData metadata = new MetaData();
        metadata.table(name, column("id", INTEGER).primaryKey());
        metadata.createAll(engine);
        metadata.createAll(engine);
        assertThat(inspect(engine).tableNames()).contains(name);
        metadata.dropAll(engine);
        assertThat(inspect(engine).tableNames()).doesNotContain(name);
    }

    @MatrixTest
    void aTableNameOverTheLimitIsAnIdentifierError(TestDatabase db) {
        int limit = LIMIT.get(db.name());
        Engine engine = db.engine();
        String name = "t".repeat(limit + 1);
        MetaData metadata = new MetaData();
        metadata.table(name, column("id", INTEGER).primaryKey());
        if (db.name().equals("sqlite")) {
            metadata.createAll(engine); // SQLite has no limit
            assertThat(inspect(engine).tableNames()).contains(name);
            return;
        }
        assertThatThrownBy(() -> metadata.createAll(engine)).isInstanceOf(IdentifierError.class)
                .hasMessage("Identifier '" + name + "' exceeds maximum length of " + limit + " characters");
        assertThat(inspect(engine).tableNames()).isEmpty();
    }

    @MatrixTest
    void aColumnOrIndexNameOverTheLimitIsAnIdentifierError(TestDatabase db) {
        int limit = LIMIT.get(db.name());
        String tooLong = "c".repeat(limit + 1);
        MetaData columns = new MetaData();
        columns.table("wide", column("id", INTEGER).primaryKey(), column(tooLong, INTEGER));
        MetaData indexes = new MetaData();
        indexes.table("indexed", column("id", INTEGER).primaryKey(), column("x", INTEGER), index(tooLong, "x"));
        Engine engine = db.engine();
        assumeTrue(!db.name().equals("sqlite"), "SQLite has no identifier length limit");
        assertThatThrownBy(() -> columns.createAll(engine)).isInstanceOf(IdentifierError.class)
                .hasMessageContaining("exceeds maximum length of " + limit + " characters");
        assertThatThrownBy(() -> indexes.createAll(engine)).isInstanceOf(IdentifierError.class)
                .hasMessageContaining("exceeds maximum length of " + limit + " characters");
    }
}
