package io.alchemy.engine;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.exc.IntegrityError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An executemany {@code INSERT … RETURNING} on every database (insertmanyvalues): the returned rows come in
 * parameter order, in batches of at most 1,000 rows where the database can order them, one INSERT per row where it
 * cannot (SQLite with a generated key).
 */
class InsertManyValuesMatrixTest {
    private static final int ROWS = 2_500;

    private final MetaData metadata = new MetaData();
    private final Table user = metadata.table("user_account", column("id", Types.INTEGER).primaryKey(),
            column("name", Types.string(30)).unique(), column("fullname", Types.string(60)), column("age", Types.INTEGER));
    private final Table item = metadata.table("item", column("code", Types.string(12)).primaryKey(),
            column("qty", Types.INTEGER), column("note", Types.string(20)).serverDefault("'fresh'"));

    /** Records the echo badge of each statement execution. */
    private static final class Badges implements ConnectionEvents {
        final List<String> badges = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void beforeExecute(StatementEvent event) {
            badges.add(event.cacheBadge().replaceFirst("^(generated in|cached since) [0-9.e+-]+s( ago)?", "$1 …"));
        }
    }

    private static List<Map<String, Object>> users(int count, int seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", "user-" + seed + "-" + i);
            row.put("fullname", i % 7 == 0 ? null : "Full 'name' " + i);
            row.put("age", i % 5 == 0 ? null : random.nextInt(100));
            rows.add(row);
        }
        return rows;
    }

    @MatrixTest
    void generatedIdsComeBackInParameterOrder(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> conn.execute(insert(user), users(30, 1)));
        engine.begin(conn -> conn.execute(io.alchemy.Alchemy.delete(user).where(user.c("id").lt(20))));
        Badges badges = new Badges();
        engine.addListener(badges);
        List<Map<String, Object>> params = users(ROWS, 2);
        List<Row> returned = engine.transaction(conn -> conn.execute(insert(user).returning(user.c("id")), params).all());
        engine.removeListener(badges);

        assertThat(returned).hasSize(ROWS);
        Map<Object, Object> nameById = new HashMap<>();
        engine.transaction(conn -> conn.execute(select(user.c("id"), user.c("name"))).all())
                .forEach(row -> nameById.put(row.get(0), row.get(1)));
        for (int i = 0; i < ROWS; i++) {
            assertThat(nameById.get(returned.get(i).get("id"))).isEqualTo(params.get(i).get("name"));
        }
        assertThat(returned.get(0).keys()).containsExactly("id");
        if (!engine.dialect().supportsOrderedInsertReturning()) {
            assertThat(badges.badges).hasSize(ROWS);
            assertThat(badges.badges.get(0)).isEqualTo("generated in … (insertmanyvalues) 1/2500 (ordered; batch not supported)");
            assertThat(badges.badges.get(ROWS - 1)).isEqualTo("insertmanyvalues 2500/2500 (ordered; batch not supported)");
        } else {
            assertThat(badges.badges).containsExactly("generated in … (insertmanyvalues) 1/3 (ordered)",
                    "insertmanyvalues 2/3 (ordered)", "insertmanyvalues 3/3 (ordered)");
        }
    }

    @MatrixTest
    void everyReturnedColumnMatchesItsParameterSetAndSentinelColumnsAreDropped(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        List<Map<String, Object>> params = users(1_200, 3);
        List<Row> returned = engine.transaction(conn -> conn.execute(
                insert(user).returning(user.c("name"), user.c("fullname"), user.c("age")), params).all());
        assertThat(returned).hasSize(params.size());
        for (int i = 0; i < params.size(); i++) {
            Row row = returned.get(i);
            assertThat(row.keys()).containsExactly("name", "fullname", "age");
            assertThat(row.values()).containsExactly(params.get(i).get("name"), params.get(i).get("fullname"),
                    params.get(i).get("age"));
        }
    }

    @MatrixTest
    void aClientGivenKeyIsTheSentinelOnEveryDatabase(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        List<Map<String, Object>> params = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            params.add(Map.of("code", "c" + ((i * 7_919) % ROWS), "qty", i));
        }
        Badges badges = new Badges();
        engine.addListener(badges);
        List<Row> returned = engine.transaction(conn -> conn.execute(
                insert(item).returning(item.c("qty"), item.c("note")), params).all());
        engine.removeListener(badges);
        assertThat(returned).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(returned.get(i).values()).containsExactly(i, "fresh");
        }
        assertThat(badges.badges).hasSize(3).allMatch(badge -> badge.endsWith("(ordered)"));
    }

    @MatrixTest
    void aFailingBatchRaisesTheDatabaseErrorAndTheTransactionRollsBack(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        List<Map<String, Object>> params = users(1_500, 4);
        params.set(1_200, Map.of("name", "user-4-3", "fullname", "duplicate", "age", 1));
        assertThatThrownBy(() -> engine.begin(conn -> conn.execute(insert(user).returning(user.c("id")), params)))
                .isInstanceOf(IntegrityError.class);
        Object count = engine.transaction(conn -> conn.execute(select(io.alchemy.Alchemy.func.count()).selectFrom(user))
                .scalar());
        assertThat(count).isEqualTo(0);
    }

    enum Mood { HAPPY, SAD }

    @MatrixTest
    void valuesOfEveryTypeIncludingNullsSurviveTheBatch(TestDatabase db) {
        MetaData typed = new MetaData();
        Table t = typed.table("typed", column("id", Types.INTEGER).primaryKey(), column("num", Types.numeric(10, 2)),
                column("flag", Types.BOOLEAN), column("day", Types.DATE), column("at", Types.DATETIME),
                column("uid", Types.UUID), column("doc", Types.JSON), column("mood", Types.enumType(Mood.class)),
                column("big", Types.BIGINT), column("ratio", Types.DOUBLE), column("data", Types.LARGE_BINARY));
        Engine engine = db.engine();
        typed.createAll(engine);
        List<Map<String, Object>> params = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> row = new HashMap<>();
            boolean nulls = i % 3 == 0;
            row.put("num", nulls ? null : new java.math.BigDecimal(i + ".25"));
            row.put("flag", nulls ? null : i % 2 == 0);
            row.put("day", nulls ? null : java.time.LocalDate.of(2024, 1, 1 + i));
            row.put("at", nulls ? null : java.time.LocalDateTime.of(2024, 2, 3, 4, 5, i));
            row.put("uid", nulls ? null : new java.util.UUID(i, i + 1));
            row.put("doc", nulls ? null : Map.of("k", List.of(i, "v")));
            row.put("mood", nulls ? null : Mood.values()[i % 2]);
            row.put("big", nulls ? null : 10_000_000_000L + i);
            row.put("ratio", nulls ? null : i / 4.0);
            row.put("data", nulls ? null : new byte[] {(byte) i, 2, 3});
            params.add(row);
        }
        List<String> keys = List.of("num", "flag", "day", "at", "uid", "doc", "mood", "big", "ratio");
        Object[] returning = keys.stream().map(t::c).toArray();
        List<Row> returned = engine.transaction(conn -> conn.execute(insert(t).returning(returning), params).all());
        assertThat(returned).hasSize(params.size());
        for (int i = 0; i < params.size(); i++) {
            for (String key : keys) {
                Object expected = params.get(i).get(key);
                Object actual = returned.get(i).get(key);
                if (expected instanceof java.math.BigDecimal decimal) {
                    assertThat((java.math.BigDecimal) actual).isEqualByComparingTo(decimal);
                } else {
                    assertThat(actual).as(key + " of row " + i).isEqualTo(expected);
                }
            }
        }
    }

    @MatrixTest
    void theSecondRunUsesTheCachedPlan(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        Badges badges = new Badges();
        engine.addListener(badges);
        engine.begin(conn -> conn.execute(insert(item).returning(item.c("code")), List.of(Map.of("code", "a", "qty", 1),
                Map.of("code", "b", "qty", 2))));
        engine.begin(conn -> conn.execute(insert(item).returning(item.c("code")), List.of(Map.of("code", "c", "qty", 1),
                Map.of("code", "d", "qty", 2))));
        engine.removeListener(badges);
        assertThat(badges.badges).containsExactly("generated in … (insertmanyvalues) 1/1 (ordered)",
                "cached since … (insertmanyvalues) 1/1 (ordered)");
    }
}
