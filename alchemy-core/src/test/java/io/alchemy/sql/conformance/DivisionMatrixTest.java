package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.Executable;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * True division ({@code div}, SQLAlchemy 2.0's {@code /}) and floor division ({@code floorDiv}, its {@code //})
 * executed on every database of the matrix: the SQL each dialect writes ({@code CAST(b AS NUMERIC)},
 * {@code (b + 0.0)} on SQLite, a plain {@code /} on MySQL/MariaDB, {@code FLOOR(a / b)}) gives the quotients
 * SQLAlchemy documents there. Fixture {@code numbers}: (a, b, x) = (7, 2, 7.5), (-7, 2, -7.5), (1, 3, 1.0).
 */
class DivisionMatrixTest {
    private final MetaData metadata = new MetaData();
    private final Table numbers = metadata.table("numbers",
            column("id", Types.INTEGER).primaryKey(),
            column("a", Types.INTEGER),
            column("b", Types.INTEGER),
            column("x", Types.DOUBLE));

    private Engine load(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> conn.execute(insert(numbers), List.of(
                Map.of("id", 1, "a", 7, "b", 2, "x", 7.5),
                Map.of("id", 2, "a", -7, "b", 2, "x", -7.5),
                Map.of("id", 3, "a", 1, "b", 3, "x", 1.0))));
        return engine;
    }

    private static List<Object> column0(Engine engine, Executable statement) {
        List<Object> values = new ArrayList<>();
        engine.begin(conn -> conn.execute(statement).all().forEach((Row r) -> values.add(r.values().get(0))));
        return values;
    }

    /** Quotients to 1e-9; MariaDB keeps four decimals of a division of integers (its div_precision_increment). */
    private static void assertQuotients(TestDatabase db, List<Object> actual, double... expected) {
        double tolerance = db.name().equals("mariadb") ? 1e-4 : 1e-9;
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("row %d", i + 1).isInstanceOf(Number.class);
            assertThat(((Number) actual.get(i)).doubleValue()).as("row %d", i + 1).isCloseTo(expected[i], within(tolerance));
        }
    }

    /** Integer by integer keeps the fraction on every database, read as NUMERIC (BigDecimal). */
    @MatrixTest
    void trueDivisionOfIntegersKeepsTheFraction(TestDatabase db) {
        Engine engine = load(db);
        List<Object> quotients = column0(engine,
                select(numbers.c("a").div(numbers.c("b"))).orderBy(numbers.c("id")));
        assertQuotients(db, quotients, 3.5, -3.5, 1.0 / 3);
        assertThat(quotients).allSatisfy(q -> assertThat(q).isInstanceOf(BigDecimal.class));
    }

    /** Values bound on both sides: {@code 5 / 2} is 2.5, in WHERE too. */
    @MatrixTest
    void trueDivisionOfBoundIntegers(TestDatabase db) {
        Engine engine = load(db);
        assertQuotients(db, column0(engine, select(literal(5).div(literal(2)))), 2.5);
        assertThat(column0(engine, select(numbers.c("id")).where(numbers.c("a").div(2).eq(new BigDecimal("3.5")))))
                .containsExactly(1);
        assertThat(column0(engine, select(numbers.c("id")).where(numbers.c("a").div(numbers.c("b")).gt(3))))
                .containsExactly(1);
    }

    /** A double divided by an integer stays a double. */
    @MatrixTest
    void trueDivisionOfADouble(TestDatabase db) {
        Engine engine = load(db);
        List<Object> quotients = column0(engine,
                select(numbers.c("x").div(numbers.c("b"))).orderBy(numbers.c("id")));
        assertQuotients(db, quotients, 3.75, -3.75, 1.0 / 3);
        assertThat(quotients).allSatisfy(q -> assertThat(q).isInstanceOf(Double.class));
    }

    /**
     * Integer floor division: 7 // 2 is 3 everywhere. A negative quotient is the database's integer division where
     * {@code /} truncates (H2, PostgreSQL, SQLite: -7 / 2 is -3, as Java's {@code /}), and {@code FLOOR(a / b)} on
     * MySQL/MariaDB, whose {@code /} keeps the fraction (-4): what SQLAlchemy renders on each.
     */
    @MatrixTest
    void floorDivisionOfIntegers(TestDatabase db) {
        Engine engine = load(db);
        boolean floors = db.name().equals("mariadb") || db.name().equals("mysql");
        assertQuotients(db, column0(engine, select(numbers.c("a").floorDiv(numbers.c("b"))).orderBy(numbers.c("id"))),
                3, floors ? -4 : -3, 0);
    }

    /** A double floor-divided: {@code FLOOR(x / b)} rounds toward negative infinity on every database. */
    @MatrixTest
    void floorDivisionOfADouble(TestDatabase db) {
        Engine engine = load(db);
        assertQuotients(db, column0(engine, select(numbers.c("x").floorDiv(numbers.c("b"))).orderBy(numbers.c("id"))),
                3, -4, 0);
    }
}
