package io.alchemy.types;

import static io.alchemy.types.Types.BIGINT;
import static io.alchemy.types.Types.BOOLEAN;
import static io.alchemy.types.Types.DATE;
import static io.alchemy.types.Types.DATETIME;
import static io.alchemy.types.Types.DOUBLE;
import static io.alchemy.types.Types.FLOAT;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.JSON;
import static io.alchemy.types.Types.LARGE_BINARY;
import static io.alchemy.types.Types.SMALLINT;
import static io.alchemy.types.Types.STRING;
import static io.alchemy.types.Types.TEXT;
import static io.alchemy.types.Types.TIME;
import static io.alchemy.types.Types.UUID;
import static org.assertj.core.api.Assertions.assertThat;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.DataError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every built-in type written and read back on every database, with NULL, unicode and extreme values. */
class TypeRoundTripMatrixTest {
    enum Status { ACTIVE, RETIRED }

    @MatrixTest
    void integers(TestDatabase db) {
        Engine engine = db.engine();
        assertThat(TypeRoundTrip.of(engine, "t_int", INTEGER).roundTrip(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, null, 7L))
                .containsExactly(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, null, 7);
        assertThat(TypeRoundTrip.of(engine, "t_bigint", BIGINT).roundTrip(Long.MAX_VALUE, Long.MIN_VALUE, 5, null))
                .containsExactly(Long.MAX_VALUE, Long.MIN_VALUE, 5L, null);
        assertThat(TypeRoundTrip.of(engine, "t_smallint", SMALLINT).roundTrip((short) 32767, (short) -32768, 12, null))
                .containsExactly((short) 32767, (short) -32768, (short) 12, null);
    }

    @MatrixTest
    void strings(TestDatabase db) {
        Engine engine = db.engine();
        String unicode = "héllo wörld ☃ 日本語 😀 'quoted' \"double\" back\\slash";
        String large = "x".repeat(20_000);
        assertThat(TypeRoundTrip.of(engine, "t_string", STRING).roundTrip(unicode, "", null, 'c'))
                .containsExactly(unicode, "", null, "c");
        assertThat(TypeRoundTrip.of(engine, "t_varchar", Types.string(10)).roundTrip("ten chars!")).containsExactly("ten chars!");
        assertThat(TypeRoundTrip.of(engine, "t_text", TEXT).roundTrip(large, unicode, null)).containsExactly(large, unicode, null);
    }

    @MatrixTest
    void booleans(TestDatabase db) {
        assertThat(TypeRoundTrip.of(db.engine(), "t_bool", BOOLEAN).roundTrip(true, false, null)).containsExactly(true, false, null);
    }

    @MatrixTest
    void numerics(TestDatabase db) {
        Engine engine = db.engine();
        assertThat(TypeRoundTrip.of(engine, "t_numeric", Types.numeric(10, 2)).roundTrip(new BigDecimal("12345678.90"),
                new BigDecimal("-0.01"), 3, 2.5, null)).containsExactly(new BigDecimal("12345678.90"), new BigDecimal("-0.01"),
                        new BigDecimal("3.00"), new BigDecimal("2.50"), null);
        assertThat(TypeRoundTrip.of(engine, "t_double", DOUBLE).roundTrip(Double.MAX_VALUE, 1e-300, -1.0e300, Math.PI, 2, null))
                .containsExactly(Double.MAX_VALUE, 1e-300, -1.0e300, Math.PI, 2.0, null);
        assertThat(TypeRoundTrip.of(engine, "t_float", FLOAT).roundTrip(1.5, -0.25, 0.0, null)).containsExactly(1.5, -0.25, 0.0, null);
    }

    @MatrixTest
    void unconstrainedNumericKeepsFractionsExceptOnMysql(TestDatabase db) {
        List<Object> read = TypeRoundTrip.of(db.engine(), "t_num", Types.NUMERIC).roundTrip(new BigDecimal("1.25"), 7, null);
        if (db.name().equals("mariadb")) {
            assertThat(read).containsExactly(new BigDecimal("1"), new BigDecimal("7"), null);
        } else {
            assertThat(read).usingElementComparator((a, b) -> a == null || b == null ? (a == b ? 0 : 1)
                    : ((BigDecimal) a).compareTo((BigDecimal) b)).containsExactly(new BigDecimal("1.25"), new BigDecimal("7"), null);
        }
    }

    @MatrixTest
    void widestNumericsOutsideSqlite(TestDatabase db) {
        BigDecimal wide = new BigDecimal("12345678901234567890.1234567890");
        Engine engine = db.engine();
        List<Object> read = TypeRoundTrip.of(engine, "t_wide", Types.numeric(30, 10)).roundTrip(wide);
        if (!engine.dialect().supportsNativeDecimal()) {
            assertThat((BigDecimal) read.get(0)).isCloseTo(wide, org.assertj.core.data.Percentage.withPercentage(1e-12));
        } else {
            assertThat(read).containsExactly(wide);
        }
    }

    @MatrixTest
    void datesAndTimes(TestDatabase db) {
        Engine engine = db.engine();
        assertThat(TypeRoundTrip.of(engine, "t_date", DATE).roundTrip(LocalDate.of(2024, 2, 29), LocalDate.of(1970, 1, 1),
                LocalDate.of(9999, 12, 31), null)).containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(1970, 1, 1),
                        LocalDate.of(9999, 12, 31), null);
        assertThat(TypeRoundTrip.of(engine, "t_time", TIME).roundTrip(LocalTime.of(3, 4, 5, 123_456_000), LocalTime.MIDNIGHT,
                LocalTime.of(23, 59, 59, 999_999_000), null)).containsExactly(LocalTime.of(3, 4, 5, 123_456_000),
                        LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000), null);
        LocalDateTime micro = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000);
        assertThat(TypeRoundTrip.of(engine, "t_datetime", DATETIME).roundTrip(micro, LocalDateTime.of(1999, 12, 31, 23, 59, 59), null))
                .containsExactly(micro, LocalDateTime.of(1999, 12, 31, 23, 59, 59), null);
    }

    @MatrixTest
    void timestampsWithTimeZoneKeepTheInstant(TestDatabase db) {
        OffsetDateTime plusTwo = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.ofHours(2));
        List<Object> read = TypeRoundTrip.of(db.engine(), "t_tz", Types.datetimeTz()).roundTrip(plusTwo, plusTwo.toInstant(), null);
        assertThat(((OffsetDateTime) read.get(0)).toInstant()).isEqualTo(plusTwo.toInstant());
        assertThat(((OffsetDateTime) read.get(1)).toInstant()).isEqualTo(plusTwo.toInstant());
        assertThat(read.get(2)).isNull();
    }

    @MatrixTest
    void uuids(TestDatabase db) {
        java.util.UUID id = java.util.UUID.randomUUID();
        java.util.UUID other = java.util.UUID.randomUUID();
        assertThat(TypeRoundTrip.of(db.engine(), "t_uuid", UUID).roundTrip(id, other.toString(), null)).containsExactly(id, other, null);
    }

    @MatrixTest
    void jsonDocuments(TestDatabase db) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "spongebob ☃");
        doc.put("n", 1);
        doc.put("big", 12345678901L);
        doc.put("ratio", 1.5);
        doc.put("tags", Arrays.asList("a", null, true));
        doc.put("nested", Map.of("x", List.of(1, 2)));
        assertThat(TypeRoundTrip.of(db.engine(), "t_json", JSON).roundTrip(doc, List.of(1, "two"), "text", 42, null))
                .containsExactly(doc, List.of(1, "two"), "text", 42, null);
    }

    @MatrixTest
    void binary(TestDatabase db) {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        List<Object> read = TypeRoundTrip.of(db.engine(), "t_blob", LARGE_BINARY).roundTrip(all, null);
        assertThat((byte[]) read.get(0)).containsExactly(all);
        assertThat(read.get(1)).isNull();
    }

    @MatrixTest
    void enums(TestDatabase db) {
        assertThat(TypeRoundTrip.of(db.engine(), "t_enum", Types.enumType(Status.class)).roundTrip(Status.ACTIVE, "RETIRED", null))
                .containsExactly(Status.ACTIVE, Status.RETIRED, null);
    }

    /**
     * An application's first insert runs on another connection than the one that created its tables, which is long
     * closed by then (H2 2.4.240, the version Spring Boot 4.1 ships, failed every such insert with "Check constraint
     * invalid" while the enum's CHECK was an IN list).
     */
    @MatrixTest
    void enumsAreCheckedAfterTheConnectionThatCreatedTheTableHasClosed(TestDatabase db) {
        Table table = new MetaData().table("t_enum_later", column("id", INTEGER).primaryKey().autoincrement(false),
                column("v", Types.enumType(Status.class)));
        try (Engine creator = io.alchemy.Alchemy.createEngine(db.url())) {
            table.metadata().createAll(creator);
        }
        Engine later = db.engine();
        later.begin(conn -> conn.execute(insert(table).values(Map.of("id", 1, "v", Status.RETIRED))));
        Object stored = later.transaction(conn -> conn.execute(select(table.c("v"))).scalarOne());
        assertThat(stored).isEqualTo(Status.RETIRED);
        assertThatThrownBy(() -> later.begin(conn -> conn.execute(
                text("INSERT INTO t_enum_later (id, v) VALUES (2, 'UNKNOWN')"))))
                // MariaDB's native ENUM refuses the value as data ("Data truncated"), the others' CHECK as integrity.
                .isInstanceOf(db.name().equals("mariadb") ? DataError.class : IntegrityError.class);
    }

    @MatrixTest
    void typeDecorators(TestDatabase db) {
        assertThat(TypeRoundTrip.of(db.engine(), "t_money", new Money()).roundTrip(new Cents(1999), null))
                .containsExactly(new Cents(1999), null);
    }

    record Cents(long value) {
    }

    /** A user type storing cents as NUMERIC(12, 2). */
    static final class Money extends TypeDecorator<Cents, BigDecimal> {
        Money() {
            super(Types.numeric(12, 2), Cents.class);
        }

        @Override
        protected BigDecimal toDatabase(Cents value) {
            return BigDecimal.valueOf(value.value(), 2);
        }

        @Override
        protected Cents fromDatabase(BigDecimal value) {
            return new Cents(value.movePointRight(2).longValueExact());
        }
    }
}
