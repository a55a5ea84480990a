package io.alchemy.orm.shard;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.scale.Report;
import io.alchemy.orm.model.scale.Report_;
import io.alchemy.orm.model.scale.WeatherLocation;
import io.alchemy.orm.model.scale.WeatherLocation_;
import io.alchemy.schema.MetaData;
import io.alchemy.sql.Select;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sharding example over three embedded H2 databases, so every test run (not only those with PostgreSQL) checks
 * routing and merging: merged ORDER BY/LIMIT/OFFSET, DISTINCT and aggregates equal a fourth, single database's answers.
 */
class EmbeddedShardingTest {
    private final List<TestDatabase> databases = new ArrayList<>();
    private Engine single;
    private ShardedSessionFactory sessions;

    @BeforeEach
    void shards() {
        MetaData metadata = Registry.of(WeatherLocation.class, Report.class).metadata();
        ShardedSessionFactory.Builder builder = ShardedSessionFactory.builder();
        for (String shardId : ShardingTest.SHARDS) {
            TestDatabase db = TestDatabase.fresh("h2");
            databases.add(db);
            Engine engine = db.engine();
            metadata.createAll(engine);
            builder.shard(shardId, engine);
        }
        TestDatabase alone = TestDatabase.fresh("h2");
        databases.add(alone);
        single = alone.engine();
        metadata.createAll(single);
        sessions = builder.shardChooser((mapper, object) -> ShardingTest.SHARD_OF_CONTINENT.get(
                        ShardingTest.continentOf(object)))
                .everyShardForQueries()
                .build();
        sessions.begin(session -> session.addAll(ShardingTest.data()));
        try (Session session = new Session(single)) {
            session.addAll(ShardingTest.data());
            session.commit();
        }
    }

    @AfterEach
    void close() throws Exception {
        for (TestDatabase db : databases) {
            db.close();
        }
    }

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
            List<Object> each = new ArrayList<>();
            for (Object value : row.values()) {
                each.add(value instanceof Report report ? "report " + report.getReading()
                        : value instanceof Number number ? (Object) number.longValue() : value);
            }
            values.add(each);
        }
        return values;
    }

    @Test
    void mergedResultsEqualOneDatabase() {
        Select<Report> page = select(Report.class).orderBy(Report_.temperature.desc(), Report_.reading).limit(7)
                .offset(3);
        assertThat(sharded(page)).hasSize(7).isEqualTo(alone(page));
        Select<?> distinct = select(Report_.temperature).distinct().orderBy(Report_.temperature).limit(5);
        assertThat(sharded(distinct)).hasSize(5).isEqualTo(alone(distinct));
        Select<Object> totals = select(func.count(), func.sum(Report_.temperature), func.min(Report_.reading),
                func.max(Report_.temperature));
        assertThat(sharded(totals)).isEqualTo(alone(totals));
        Select<Object> grouped = select(Report_.temperature, func.count()).groupBy(Report_.temperature)
                .orderBy(Report_.temperature.desc()).offset(2).limit(4);
        assertThat(sharded(grouped)).hasSize(4).isEqualTo(alone(grouped));
        Select<Object> cities = select(WeatherLocation_.city, WeatherLocation_.continent).orderBy(WeatherLocation_.city);
        assertThat(sharded(cities)).hasSize(7).isEqualTo(alone(cities));
    }

    @Test
    void objectsKeepTheirShardAndSqlAlchemysChooserArgumentsAreRequired() {
        try (ShardedSession session = sessions.open()) {
            WeatherLocation london = session.scalarOne(select(WeatherLocation.class)
                    .where(WeatherLocation_.city.eq("London")));
            assertThat(session.shardOf(london)).isEqualTo("europe");
            assertThat(session.get(WeatherLocation.class, london.getId())).isSameAs(london);
            assertThat(london.getReports()).hasSize(9);
        }
        assertThatThrownBy(() -> ShardedSessionFactory.builder().shard("a", single)
                .shardChooser((mapper, object) -> "a").build())
                .isInstanceOf(io.alchemy.exc.ArgumentError.class)
                .hasMessage("identity_chooser or id_chooser is required");
        assertThatThrownBy(() -> ShardedSessionFactory.builder().shard("a", single)
                .shardChooser((mapper, object) -> "a").identityChooser((mapper, key) -> List.of("a")).build())
                .isInstanceOf(io.alchemy.exc.ArgumentError.class)
                .hasMessage("execute_chooser or query_chooser is required");
    }
}
