package io.alchemy.sql;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An IN list longer than the database takes parameters in one statement (PostgreSQL: 65,535) still runs: PostgreSQL
 * binds it as one array ({@code id = ANY (?)}, {@code NOT IN} as {@code <> ALL (?)}); shorter lists keep their
 * {@code IN (?, ?, …)}.
 */
class LongInListMatrixTest {

    @MatrixTest
    void anInListOfSeventyThousandValuesRuns(TestDatabase db) {
        Engine engine = db.engine();
        Table t = new MetaData().table("many", column("id", INTEGER).primaryKey(), column("name", STRING));
        t.metadata().createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO many (id, name) VALUES (1, 'a'), (2, 'b'), (70000, 'c'), (80000, 'd')"));
            List<Integer> ids = IntStream.rangeClosed(1, 70_000).boxed().toList();
            SqlRecorder log = SqlRecorder.on(engine);
            assertThat(conn.execute(select(func.count()).selectFrom(t).where(t.c("id").in(ids))).scalarOne(Integer.class))
                    .isEqualTo(3);
            assertThat(conn.execute(select(func.count()).selectFrom(t).where(t.c("id").notIn(ids)))
                    .scalarOne(Integer.class)).isEqualTo(1);
            assertThat(conn.execute(select(func.count()).selectFrom(t).where(t.c("id").in(List.of(1, 80000))))
                    .scalarOne(Integer.class)).isEqualTo(2);
            List<String> sql = log.take();
            if (db.name().equals("postgresql")) {
                assertThat(sql.get(0)).contains("many.id = ANY (?)");
                assertThat(sql.get(1)).contains("many.id <> ALL (?)");
                assertThat(sql.get(2)).contains("many.id IN (?, ?)");
            }
        }
    }
}
