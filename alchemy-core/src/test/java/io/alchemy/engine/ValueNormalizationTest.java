package io.alchemy.engine;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Values come back as Alchemy's Java types whatever the driver: java.time, BigDecimal, Boolean, UUID, String, byte[]. */
class ValueNormalizationTest {

    @MatrixTest
    void eachColumnTypeReadsAsItsJavaType(TestDatabase db) {
        Map<String, String> ddl = columnTypes(db.name());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("i", 42);
        values.put("b", 9_000_000_000L);
        values.put("n", new BigDecimal("1.50"));
        values.put("f", 2.5d);
        values.put("flag", true);
        values.put("s", "text");
        values.put("c", "a long text");
        values.put("bl", new byte[] {1, 2, 3});
        values.put("d", LocalDate.of(2024, 2, 29));
        values.put("t", LocalTime.of(13, 45, 30));
        values.put("ts", LocalDateTime.of(2024, 2, 29, 13, 45, 30));
        if (ddl.containsKey("tz")) {
            values.put("tz", OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 0, ZoneOffset.UTC));
        }
        if (ddl.containsKey("u")) {
            values.put("u", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        }
        StringBuilder create = new StringBuilder("CREATE TABLE typed (");
        values.keySet().forEach(name -> create.append(name).append(' ').append(ddl.get(name)).append(", "));
        String columns = String.join(", ", values.keySet());
        String binds = ":" + String.join(", :", values.keySet());
        Engine engine = db.engine();
        engine.begin(conn -> {
            conn.execute(text(create.substring(0, create.length() - 2) + ")"));
            conn.execute(text("INSERT INTO typed (" + columns + ") VALUES (" + binds + ")"), values);
            Map<String, Object> nulls = new HashMap<>();
            values.keySet().forEach(name -> nulls.put(name, null));
            nulls.put("i", 43);
            conn.execute(text("INSERT INTO typed (" + columns + ") VALUES (" + binds + ")"), nulls);
        });
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT " + columns + " FROM typed WHERE i = 42")).one();
            values.forEach((name, expected) -> {
                Object actual = row.get(name);
                assertThat(actual).as(name).isInstanceOf(expected.getClass());
                if (expected instanceof OffsetDateTime time) {
                    assertThat(((OffsetDateTime) actual).toInstant()).as(name).isEqualTo(time.toInstant());
                } else {
                    assertThat(actual).as(name).isEqualTo(expected);
                }
            });
            Row nulls = conn.execute(text("SELECT " + columns + " FROM typed WHERE i = 43")).one();
            assertThat(nulls.values().subList(1, nulls.size())).containsOnlyNulls();
        }
    }

    @MatrixTest
    void expressionsReadAsTheirNaturalTypes(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            Row row = conn.execute(text("SELECT 1 AS one, 'x' AS letter")).one();
            assertThat(row.get("one", Integer.class)).isEqualTo(1);
            assertThat(row.get("letter")).isEqualTo("x");
            assertThat(conn.execute(text("SELECT count(*) FROM (SELECT 1 AS x) AS sub")).scalarOne(Integer.class)).isEqualTo(1);
        }
    }

    private static Map<String, String> columnTypes(String database) {
        Map<String, String> types = new HashMap<>(Map.of("i", "INTEGER", "b", "BIGINT", "n", "NUMERIC(10, 2)",
                "f", "DOUBLE PRECISION", "flag", "BOOLEAN", "s", "VARCHAR(20)", "d", "DATE", "t", "TIME", "ts", "TIMESTAMP"));
        switch (database) {
            case "h2" -> types.putAll(Map.of("c", "CLOB", "bl", "BLOB", "tz", "TIMESTAMP WITH TIME ZONE", "u", "UUID"));
            case "postgresql" -> types.putAll(Map.of("c", "TEXT", "bl", "BYTEA", "tz", "TIMESTAMPTZ", "u", "UUID"));
            case "mariadb" -> types.putAll(Map.of("c", "LONGTEXT", "bl", "BLOB", "ts", "DATETIME", "f", "DOUBLE"));
            default -> types.putAll(Map.of("c", "TEXT", "bl", "BLOB", "f", "REAL"));
        }
        return types;
    }
}
