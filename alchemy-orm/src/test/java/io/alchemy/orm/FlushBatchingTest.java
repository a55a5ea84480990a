package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.orm.model.scale.WideRecord;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A flush of many new objects whose keys the database generates goes through Core's insertmanyvalues: multi-row
 * INSERTs that stay within the dialect's parameter limit, their rows matched to the objects in order.
 */
class FlushBatchingTest {

    @MatrixTest
    void manyWideObjectsAreInsertedWithinTheParameterLimitAndGetTheirKeysInOrder(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(WideRecord.class).metadata().createAll(engine);
        SqlRecorder log = SqlRecorder.on(engine);
        List<WideRecord> records = IntStream.range(0, 1_100).mapToObj(i -> new WideRecord(i * 100)).toList();
        List<Integer> ids;
        try (Session session = new Session(engine)) {
            session.addAll(records);
            session.flush();
            ids = records.stream().map(WideRecord::getId).toList();
            session.commit();
        }
        List<SqlRecorder.Executed> inserts = log.takeStatements().stream()
                .filter(statement -> statement.sql().contains("INSERT INTO wide_record")).toList();
        int limit = engine.dialect().maxBindParameters();
        assertThat(inserts).allSatisfy(insert -> assertThat(insert.parameters())
                .allSatisfy(parameters -> assertThat(parameters.size()).isLessThanOrEqualTo(limit)));
        assertThat(inserts.stream().mapToInt(insert -> insert.parameters().stream().mapToInt(List::size).sum()).sum())
                .as("every value bound once").isEqualTo(1_100 * 65);
        if (db.name().equals("postgresql")) {
            assertThat(inserts).as("1,100 rows of 65 parameters in batches under 65,535").hasSize(2);
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
        }
        try (Connection conn = engine.connect()) {
            for (int i : new int[] {0, 1_007, 1_008, 1_099}) {
                assertThat(conn.execute(io.alchemy.Alchemy.text("SELECT c65 FROM wide_record WHERE id = :id"),
                        java.util.Map.of("id", ids.get(i))).scalarOne(Integer.class))
                        .as("row of object %d", i).isEqualTo(i * 100 + 64);
            }
        }
    }
}
