package io.alchemy.types;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.text;
import static io.alchemy.types.Types.DATE;
import static io.alchemy.types.Types.DOUBLE;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.NUMERIC;
import static io.alchemy.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.exc.DataError;
import io.alchemy.exc.DBAPIError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values a database or driver would store as something else without a word are refused with a {@link DataError}
 * (nothing stored): decimals beyond PostgreSQL's NUMERIC range (stored as 0), NaN on SQLite (NULL) and MariaDB (read as
 * a column name), unpaired UTF-16 surrogates (sent as {@code ?}), SQLite dates beyond year 9999 (unreadable). A string
 * server default keeps its backslashes on MariaDB. Huge decimals render and print bounded.
 */
class BoundValueLimitsMatrixTest {
    private static final BigDecimal HUGE = new BigDecimal("1E+131072");

    @MatrixTest
    void aDecimalBeyondTheDatabasesRangeIsADataErrorNeverZero(TestDatabase db) {
        Engine engine = db.engine();
        Table t = create(engine, new MetaData().table("decs", column("id", INTEGER).primaryKey(), column("v", NUMERIC)));
        assumeTrue(!db.name().equals("sqlite"), "SQLite has no fixed-point type: it keeps the value as a REAL or text");
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO decs (id, v) VALUES (1, :v)"), Map.of("v", HUGE)))
                    .isInstanceOf(DataError.class);
            conn.rollback();
            assertThat(conn.execute(text("SELECT count(*) FROM decs")).scalarOne(Integer.class)).isZero();
        }
        assertThat(t.name()).isEqualTo("decs");
    }

    @MatrixTest
    void nanIsStoredAsNanOrRefusedWithADataError(TestDatabase db) {
        Engine engine = db.engine();
        create(engine, new MetaData().table("flt", column("id", INTEGER).primaryKey(), column("v", DOUBLE)));
        try (Connection conn = engine.connect()) {
            if (db.name().equals("sqlite") || db.name().equals("mariadb")) {
                assertThatThrownBy(() -> conn.execute(text("INSERT INTO flt (id, v) VALUES (1, :v)"),
                        Map.of("v", Double.NaN))).isInstanceOf(DataError.class).hasMessageContaining("NaN");
                conn.rollback();
                assertThat(conn.execute(text("SELECT count(*) FROM flt")).scalarOne(Integer.class)).isZero();
            } else {
                conn.execute(text("INSERT INTO flt (id, v) VALUES (1, :v)"), Map.of("v", Double.NaN));
                assertThat(conn.execute(text("SELECT v FROM flt")).scalarOne(Double.class)).isNaN();
            }
        }
    }

    @MatrixTest
    void anUnpairedSurrogateIsADataErrorNotAQuestionMark(TestDatabase db) {
        Engine engine = db.engine();
        create(engine, new MetaData().table("str", column("id", INTEGER).primaryKey(), column("v", STRING)));
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO str (id, v) VALUES (1, :v)"),
                    Map.of("v", "broken \uD800 pair"))).isInstanceOf(DataError.class)
                    .hasMessageContaining("unpaired UTF-16 surrogate \\uD800 at index 7");
            conn.rollback();
            conn.execute(text("INSERT INTO str (id, v) VALUES (2, :v)"), Map.of("v", "paired \uD83D\uDE00"));
            assertThat(conn.execute(text("SELECT v FROM str")).scalarOne(String.class)).isEqualTo("paired \uD83D\uDE00");
        }
    }

    @MatrixTest
    void aSqliteDateBeyondYear9999IsADataError(TestDatabase db) {
        Engine engine = db.engine();
        create(engine, new MetaData().table("dt", column("id", INTEGER).primaryKey(), column("d", DATE)));
        assumeTrue(db.name().equals("sqlite"), "the other databases store and read such dates (or refuse them) themselves");
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO dt (id, d) VALUES (1, :d)"),
                    Map.of("d", LocalDate.of(10_000, 1, 1)))).isInstanceOf(DataError.class)
                    .hasMessageContaining("year 10000");
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO dt (id, d) VALUES (1, :d)"),
                    Map.of("d", LocalDate.of(-1, 1, 1)))).isInstanceOf(DataError.class);
            conn.execute(text("INSERT INTO dt (id, d) VALUES (2, :d)"), Map.of("d", LocalDate.of(9999, 12, 31)));
        }
    }

    @MatrixTest
    void aServerDefaultLiteralKeepsItsBackslashes(TestDatabase db) {
        Engine engine = db.engine();
        create(engine, new MetaData().table("defaults", column("id", INTEGER).primaryKey(),
                column("path", STRING).serverDefaultLiteral("C:\\temp\\it's")));
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO defaults (id) VALUES (1)"));
            assertThat(conn.execute(text("SELECT path FROM defaults")).scalarOne(String.class)).isEqualTo("C:\\temp\\it's");
        }
    }

    @Test
    void aHugeDecimalRendersAndPrintsInScientificNotation() {
        assertThat(new io.alchemy.sql.compiler.LiteralRenderer(true).render(HUGE)).isEqualTo("1E+131072");
        assertThat(new io.alchemy.sql.compiler.LiteralRenderer(true).render(new BigDecimal("12.50"))).isEqualTo("12.50");
        DBAPIError error = new DataError("INSERT", java.util.List.of(HUGE), new java.sql.SQLException("x", "22003"));
        assertThat(error.getMessage()).contains("[parameters: (1E+131072,)]");
    }

    private static Table create(Engine engine, Table table) {
        table.metadata().createAll(engine);
        return table;
    }
}
