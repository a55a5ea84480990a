package io.alchemy.orm.shard;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.orm.shard.SetShardId.shard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.scale.AuditEntry;
import io.alchemy.orm.model.scale.Author;
import io.alchemy.orm.model.scale.Report;
import io.alchemy.orm.model.scale.Report_;
import io.alchemy.orm.model.scale.WeatherLocation;
import io.alchemy.orm.model.scale.WeatherLocation_;
import io.alchemy.schema.MetaData;
import io.alchemy.sql.Select;
import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.SqlRecorder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * SQLAlchemy's sharding example (weather locations sharded by continent) over three PostgreSQL databases of a private
 * cluster, and the same data in a fourth, single database: routing of add, get, query, update and delete; identity keys with the shard;
 * queries merged across shards equal to the single database's answers (ORDER BY with LIMIT/OFFSET, aggregates, GROUP
 * BY), refusals where a merge would be wrong; ids unique across shards (UUIDv7, per-shard sequence ranges).
 */
@EnabledIf("postgresqlSelected")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardingTest {
    static final Map<String, String> SHARD_OF_CONTINENT = Map.of("Europe", "europe", "Asia", "asia",
            "North America", "americas", "South America", "americas");
    static final List<String> SHARDS = List.of("europe", "asia", "americas");
    private static final List<String[]> CITIES = List.of(new String[] {"North America", "Toronto"},
            new String[] {"Asia", "Tokyo"}, new String[] {"Europe", "London"},
            new String[] {"South America", "Buenos Aires"}, new String[] {"Asia", "Shanghai"},
            new String[] {"Europe", "Dublin"}, new String[] {"North America", "New York"});

    private PostgresShards databases;
    private final Map<String, Engine> shards = new LinkedHashMap<>();
    private Engine single;
    private ShardedSessionFactory sessions;
    private final List<List<String>> chosen = new ArrayList<>();

    static boolean postgresqlSelected() {
        return DatabaseMatrix.selected().contains("postgresql");
    }

    @BeforeAll
    void shards() throws Exception {
        databases = PostgresShards.open();
        MetaData metadata = Registry.of(WeatherLocation.class, Report.class).metadata();
        MetaData authors = Registry.of(Author.class, AuditEntry.class).metadata();
        for (String shardId : SHARDS) {
            Engine engine = databases.create("shard_" + shardId);
            metadata.createAll(engine);
            authors.tableNamed("author").create(engine);
            shards.put(shardId, engine);
        }
        single = databases.create("single");
        metadata.createAll(single);
        ShardedSessionFactory.Builder builder = ShardedSessionFactory.builder();
        shards.forEach(builder::shard);
        sessions = builder
                .shardChooser((mapper, object) -> SHARD_OF_CONTINENT.get(continentOf(object)))
                .identityChooser((mapper, key) -> SHARDS)
                .executeChooser(state -> {
                    List<String> named = state.comparedValues(WeatherLocation_.continent).stream()
                            .map(SHARD_OF_CONTINENT::get).distinct().toList();
                    List<String> result = named.isEmpty() ? SHARDS : named;
                    chosen.add(result);
                    return result;
                })
                .build();
        loadData();
    }

    @AfterAll
    void dropShards() throws Exception {
        if (databases != null) {
            databases.close();
        }
    }

    static String continentOf(Object object) {
        if (object instanceof WeatherLocation location) {
            return location.getContinent();
        }
        return ((Report) object).getLocation().getContinent();
    }

    /** The same locations and reports, sharded and in the single database; temperatures repeat, readings do not. */
    private void loadData() {
        List<Object> sharded = data();
        sessions.begin(session -> session.addAll(sharded));
        try (Session session = new Session(single)) {
            session.addAll(data());
            session.commit();
        }
    }

    static List<Object> data() {
        List<Object> objects = new ArrayList<>();
        int reading = 0;
        for (String[] city : CITIES) {
            WeatherLocation location = new WeatherLocation(city[0], city[1]);
            objects.add(location);
            if (city[1].equals("Dublin")) {
                continue;       // Dublin has no reports (deleted by a test)
            }
            for (int i = 0; i < 9; i++) {
                reading++;
                objects.add(new Report(location, (reading * 37) % 23 - 4, reading));
            }
        }
        return objects;
    }

    private static io.alchemy.schema.Table locations() {
        return Registry.of(WeatherLocation.class, Report.class).metadata().tableNamed("weather_locations");
    }

    private static io.alchemy.schema.Table reports() {
        return Registry.of(WeatherLocation.class, Report.class).metadata().tableNamed("weather_reports");
    }

    private static long rows(Engine engine, String table) {
        return engine.transaction(conn -> conn.execute(text("SELECT count(*) FROM " + table)).scalarOne(Long.class));
    }

    // ------------------------------------------------------------------ routing

    @Test
    void newObjectsGoToTheShardTheirChooserNames() {
        assertThat(rows(shards.get("europe"), "weather_locations")).isEqualTo(2);
        assertThat(rows(shards.get("asia"), "weather_locations")).isEqualTo(2);
        assertThat(rows(shards.get("americas"), "weather_locations")).isEqualTo(3);
        assertThat(rows(shards.get("europe"), "weather_reports")).isEqualTo(9);
        assertThat(rows(shards.get("asia"), "weather_reports")).isEqualTo(18);
        assertThat(rows(shards.get("americas"), "weather_reports")).isEqualTo(27);
    }

    @Test
    void getLooksInTheShardsOfTheIdentityChooserAndKeysObjectsWithTheirShard() {
        UUID tokyo = shards.get("asia").transaction(conn -> conn.execute(
                text("SELECT id FROM weather_locations WHERE city = 'Tokyo'")).scalarOne(UUID.class));
        try (ShardedSession session = sessions.open()) {
            WeatherLocation found = session.get(WeatherLocation.class, tokyo);
            assertThat(found.getCity()).isEqualTo("Tokyo");
            assertThat(session.shardOf(found)).isEqualTo("asia");
            assertThat(session.get(WeatherLocation.class, tokyo)).isSameAs(found);
            assertThat(session.get(WeatherLocation.class, tokyo, "europe")).isNull();
            assertThat(found.getReports()).hasSize(9)                  // lazy load on the object's shard
                    .allSatisfy(report -> assertThat(session.shardOf(report)).isEqualTo("asia"));
            assertThat(session.get(WeatherLocation.class, UUID.randomUUID())).isNull();
        }
    }

    @Test
    void theSamePrimaryKeyOnTwoShardsIsTwoObjects() {
        UUID id = UuidV7.next();
        try (ShardedSession session = sessions.open()) {
            for (String shardId : List.of("europe", "asia")) {
                session.executeOnShard(shardId, insert(Registry.of(WeatherLocation.class, Report.class).metadata()
                        .tableNamed("weather_locations")), Map.of("id", id, "continent", "Twin", "city", shardId));
            }
            WeatherLocation inEurope = session.get(WeatherLocation.class, id, "europe");
            WeatherLocation inAsia = session.get(WeatherLocation.class, id, "asia");
            assertThat(inEurope).isNotSameAs(inAsia);
            assertThat(inEurope.getCity()).isEqualTo("europe");
            assertThat(inAsia.getCity()).isEqualTo("asia");
            assertThat(session.get(WeatherLocation.class, id).getCity()).isEqualTo("europe");  // first shard named
            session.rollback();
        }
    }

    @Test
    void aQueryRunsOnTheShardsItsCriteriaAllow() {
        SqlRecorder europe = SqlRecorder.on(shards.get("europe"));
        SqlRecorder asia = SqlRecorder.on(shards.get("asia"));
        try (ShardedSession session = sessions.open()) {
            List<WeatherLocation> asian = session.scalars(select(WeatherLocation.class)
                    .where(WeatherLocation_.continent.eq("Asia")).orderBy(WeatherLocation_.city)).all();
            assertThat(asian).extracting(WeatherLocation::getCity).containsExactly("Shanghai", "Tokyo");
            assertThat(chosen.get(chosen.size() - 1)).containsExactly("asia");
            assertThat(europe.takeStatements()).isEmpty();
            assertThat(asia.takeStatements()).hasSize(1);
            List<WeatherLocation> explicit = session.scalars(select(WeatherLocation.class)
                    .orderBy(WeatherLocation_.city).options(shard("europe"))).all();
            assertThat(explicit).extracting(WeatherLocation::getCity).containsExactly("Dublin", "London");
            assertThat(session.scalars(select(WeatherLocation.class).orderBy(WeatherLocation_.city)).all())
                    .extracting(WeatherLocation::getCity).containsExactly("Buenos Aires", "Dublin", "London",
                            "New York", "Shanghai", "Tokyo", "Toronto");
        }
    }

    @Test
    void updatesAndDeletesGoToTheObjectsShards() {
        SqlRecorder asia = SqlRecorder.on(shards.get("asia"));
        SqlRecorder americas = SqlRecorder.on(shards.get("americas"));
        try (ShardedSession session = sessions.open()) {
            WeatherLocation shanghai = session.scalarOne(select(WeatherLocation.class)
                    .where(WeatherLocation_.city.eq("Shanghai")));
            WeatherLocation newYork = session.scalarOne(select(WeatherLocation.class)
                    .where(WeatherLocation_.city.eq("New York")));
            Report report = newYork.getReports().get(0);
            shanghai.setCity("Shanghai 上海");
            int temperature = report.getTemperature();
            report.setTemperature(temperature + 100);
            asia.clear();
            americas.clear();
            session.flush();
            assertThat(asia.takeStatements()).extracting(SqlRecorder.Executed::sql).singleElement().asString()
                    .startsWith("UPDATE weather_locations");
            assertThat(americas.takeStatements()).extracting(SqlRecorder.Executed::sql).singleElement().asString()
                    .startsWith("UPDATE weather_reports");
            session.rollback();
        }
        try (ShardedSession session = sessions.open()) {
            WeatherLocation dublin = session.scalarOne(select(WeatherLocation.class)
                    .where(WeatherLocation_.city.eq("Dublin")));
            session.delete(dublin);
            session.flush();
            assertThat(session.scalars(select(WeatherLocation_.city).where(WeatherLocation_.continent.eq("Europe")))
                    .all()).containsExactly("London");
            session.rollback();
        }
        assertThat(rows(shards.get("europe"), "weather_locations")).isEqualTo(2);
    }

    @Test
    void aTransactionSpansTheShardsAndRollsBackOnEach() {
        try (ShardedSession session = sessions.open()) {
            session.add(new WeatherLocation("Europe", "Oslo"));
            session.add(new WeatherLocation("Asia", "Seoul"));
            session.flush();
            Number count = (Number) session.scalar(select(func.count()).selectFrom(locations()));
            assertThat(count.longValue()).isEqualTo(9);
            session.rollback();
        }
        assertThat(rows(shards.get("europe"), "weather_locations") + rows(shards.get("asia"), "weather_locations"))
                .isEqualTo(4);
    }

    @Test
    void aBulkUpdateRunsOnEachShardAndSynchronizesEachShardsObjects() {
        long negative;
        try (Session session = new Session(single)) {
            negative = ((Number) session.scalar(select(func.count()).selectFrom(reports())
                    .where(Report_.temperature.lt(0)))).longValue();
        }
        try (ShardedSession session = sessions.open()) {
            List<Report> all = session.scalars(select(Report.class)).all();
            io.alchemy.engine.Result result = session.execute(io.alchemy.Alchemy.update(Report.class)
                    .where(Report_.temperature.lt(0)).values(Map.of("temperature", 0)));
            assertThat(result.rowcount()).isEqualTo(negative).isPositive();
            assertThat(all).hasSize(54).allSatisfy(report -> assertThat(report.getTemperature()).isNotNegative());
            session.rollback();
        }
        try (ShardedSession session = sessions.open()) {
            List<Report> cold = session.scalars(select(Report.class).where(Report_.temperature.lt(0))).all();
            session.executeOnShard("asia", io.alchemy.Alchemy.delete(Report.class).where(Report_.temperature.lt(0)));
            assertThat(cold).filteredOn(report -> "asia".equals(session.shardOf(report)))
                    .isNotEmpty().noneMatch(session::contains);
            assertThat(cold).filteredOn(report -> !"asia".equals(session.shardOf(report)))
                    .isNotEmpty().allMatch(session::contains);
            session.rollback();
        }
    }

    // ------------------------------------------------------------------ merged results

    /** The rows of {@code statement} merged across the shards, and from the single database, as value lists. */
    private List<List<Object>> sharded(Select<?> statement) {
        try (ShardedSession session = sessions.open()) {
            return values(session.execute(statement).all());
        }
    }

    private List<List<Object>> alone(Select<?> statement) {
        try (Session session = new Session(single)) {
            return values(session.execute(statement).all());
        }
    }

    private static List<List<Object>> values(List<Row> rows) {
        List<List<Object>> values = new ArrayList<>();
        for (Row row : rows) {
            values.add(row.values().stream().map(v -> v instanceof Report r ? (Object) ("report " + r.getReading())
                    : v instanceof Number n && !(v instanceof java.math.BigDecimal) ? (Object) n.longValue() : v)
                    .collect(Collectors.toList()));
        }
        return values;
    }

    @Test
    void orderByWithLimitAndOffsetAcrossShardsEqualsOneDatabase() {
        Select<Report> page = select(Report.class).orderBy(Report_.temperature.desc(), Report_.reading).limit(7)
                .offset(3);
        List<List<Object>> merged = sharded(page);
        assertThat(merged).hasSize(7).isEqualTo(alone(page));

        Select<Object> columns = select(Report_.temperature, Report_.reading)
                .orderBy(Report_.temperature, Report_.reading.desc()).limit(10);
        assertThat(sharded(columns)).hasSize(10).isEqualTo(alone(columns));

        Select<Object> everything = select(Report_.reading, Report_.temperature).orderBy(Report_.reading);
        assertThat(sharded(everything)).hasSize(54).isEqualTo(alone(everything));

        Select<?> distinct = select(Report_.temperature).distinct().orderBy(Report_.temperature.desc()).limit(4)
                .offset(1);
        assertThat(sharded(distinct)).hasSize(4).isEqualTo(alone(distinct));
    }

    @Test
    void aggregatesAcrossShardsEqualOneDatabase() {
        Select<Object> totals = select(func.count(), func.sum(Report_.temperature), func.min(Report_.temperature),
                func.max(Report_.reading));
        assertThat(sharded(totals)).isEqualTo(alone(totals))
                .singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo(54L));

        Select<Object> grouped = select(Report_.temperature, func.count(), func.min(Report_.reading))
                .groupBy(Report_.temperature).orderBy(Report_.temperature.desc()).limit(5);
        assertThat(sharded(grouped)).hasSize(5).isEqualTo(alone(grouped));

        Select<?> counted = select(func.count()).selectFrom(reports()).where(Report_.temperature.gt(10));
        assertThat(sharded(counted)).isEqualTo(alone(counted));
    }

    @Test
    void mergesThatWouldBeWrongAreRefused() {
        try (ShardedSession session = sessions.open()) {
            assertThatThrownBy(() -> session.execute(select(func.avg(Report_.temperature))))
                    .isInstanceOf(CrossShardQueryError.class)
                    .hasMessage("AVG() cannot be merged across shards: the shards' partial results do not combine into "
                            + "it; select SUM() and COUNT() and divide (COUNT, SUM, MIN and MAX can be merged)");
            assertThatThrownBy(() -> session.execute(select(Report_.temperature, func.count())
                    .groupBy(Report_.temperature).having(func.count().gt(2))))
                    .isInstanceOf(CrossShardQueryError.class).hasMessageStartingWith("HAVING cannot be merged");
            assertThatThrownBy(() -> session.execute(select(Report_.reading, func.count())
                    .groupBy(Report_.temperature)))
                    .isInstanceOf(CrossShardQueryError.class).hasMessageContaining("neither a COUNT/SUM/MIN/MAX");
            Number onOneShard = (Number) session.execute(select(func.avg(Report_.temperature))
                    .options(shard("asia"))).scalar();
            assertThat(onOneShard).isNotNull();
        }
    }

    // ------------------------------------------------------------------ ids

    @Test
    void uuidV7KeysAreUniqueAcrossShardsAndOrderedByTime() {
        Set<UUID> ids = new HashSet<>();
        for (Engine engine : shards.values()) {
            ids.addAll(engine.transaction(conn -> conn.execute(text("SELECT id FROM weather_reports"))
                    .scalars(UUID.class).all()));
        }
        assertThat(ids).hasSize(54).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        UUID first = UuidV7.next();
        UUID second = UuidV7.next();
        assertThat(second.toString()).isGreaterThan(first.toString());
        assertThat(UuidV7.timestamp(second)).isGreaterThanOrEqualTo(UuidV7.timestamp(first));
    }

    /**
     * Per-shard sequence ranges: each shard's identity sequence starts at its own offset and steps by the number of
     * shards, so the keys the databases generate never collide, and the identity chooser finds a key's one shard.
     */
    @Test
    void perShardSequenceRangesKeepGeneratedKeysApart() {
        int index = 0;
        for (Engine engine : shards.values()) {
            int start = ++index;
            engine.begin(conn -> conn.execute(text("DO $$ BEGIN EXECUTE format('ALTER SEQUENCE %s INCREMENT BY 3 "
                    + "RESTART WITH " + start + "', pg_get_serial_sequence('author', 'id')); END $$")));
        }
        ShardedSessionFactory.Builder builder = ShardedSessionFactory.builder();
        shards.forEach(builder::shard);
        List<String> order = List.copyOf(shards.keySet());
        int[] next = {0};
        ShardedSessionFactory authors = builder
                .shardChooser((mapper, object) -> order.get(next[0]++ % order.size()))
                .identityChooser((mapper, key) -> List.of(order.get((((Number) key.get(0)).intValue() - 1) % 3)))
                .executeChooser(state -> order)
                .options(io.alchemy.orm.SessionOptions.DEFAULTS.withExpireOnCommit(false))
                .build();
        List<Author> made = new ArrayList<>();
        authors.begin(session -> {
            for (int i = 0; i < 9; i++) {
                Author author = new Author("author " + i);
                made.add(author);
                session.add(author);
            }
        });
        assertThat(made).extracting(Author::getId).doesNotHaveDuplicates().hasSize(9);
        try (ShardedSession session = authors.open()) {
            for (Author author : made) {
                SqlRecorder[] recorders = shards.values().stream().map(SqlRecorder::on).toArray(SqlRecorder[]::new);
                Author found = session.get(Author.class, author.getId());
                assertThat(found.getName()).isEqualTo(author.getName());
                assertThat(java.util.Arrays.stream(recorders).mapToLong(r -> r.takeStatements().size()).sum())
                        .isEqualTo(1);
            }
        }
    }
}
