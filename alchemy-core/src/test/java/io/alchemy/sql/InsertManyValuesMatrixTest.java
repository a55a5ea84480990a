package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.exc.CompileError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An executemany INSERT … RETURNING runs as multi-row INSERTs in batches, its rows back in parameter order. */
class InsertManyValuesMatrixTest {

    @Test
    void aSingleRowInsertRepeatsItsRow() {
        Tutorial t = new Tutorial();
        Compiled compiled = insert(t.user).returning(t.user.c("id"))
                .compile(Dialects4.SQLITE, CompileOptions.forParameters(java.util.Set.of("name", "fullname")));
        assertThat(compiled.supportsMultiRowBatches()).isTrue();
        assertThat(compiled.valuesTuple().sentinelColumn()).isEqualTo(0);
        assertThat(insert(t.user).returning(t.user.c("name"), t.user.c("id")).compile(Dialects4.SQLITE,
                CompileOptions.forParameters(java.util.Set.of("name"))).valuesTuple().sentinelColumn()).isEqualTo(1);
        assertThat(insert(t.user).returning(t.user.c("id")).compile(Dialects4.SQLITE,
                CompileOptions.forParameters(java.util.Set.of("id", "name"))).valuesTuple().sentinelColumn()).isEqualTo(-1);
        Compiled three = compiled.multiRow(3);
        assertThat(three.sql()).isEqualTo("INSERT INTO user_account (name, fullname) VALUES (?, ?), (?, ?), (?, ?) RETURNING id");
        assertThat(three.binds()).extracting(BindSlot::name).containsExactly("name", "fullname", "name", "fullname",
                "name", "fullname");
        Compiled withSubquery = insert(t.address).values(Map.of("user_id", select(t.user.c("id"))
                .where(t.user.c("name").eq("x")).scalarSubquery())).returning(t.address.c("id")).compile(Dialects4.SQLITE,
                CompileOptions.forParameters(java.util.Set.of("email_address")));
        assertThat(withSubquery.supportsMultiRowBatches()).isTrue();
        assertThat(withSubquery.multiRow(2).sql()).contains("VALUES ((SELECT user_account.id \nFROM user_account \n"
                + "WHERE user_account.name = ?), ?), ((SELECT");
    }

    @MatrixTest
    void rowsComeBackInParameterOrder(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().create(engine);
        Insert stmt = insert(t.user).returning(t.user.c("id"), t.user.c("name"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(Map.of("name", "user" + i, "fullname", "User " + i));
        }
        if (!engine.dialect().supportsReturning()) {
            assertThatThrownBy(() -> engine.begin(conn -> conn.execute(stmt, rows))).isInstanceOf(CompileError.class)
                    .hasMessageContaining("RETURNING");
            return;
        }
        List<Row> returned = new ArrayList<>();
        engine.begin(conn -> returned.addAll(conn.execute(stmt, rows).all()));
        assertThat(returned).hasSize(2_500);
        for (int i = 0; i < returned.size(); i++) {
            assertThat(returned.get(i).get(1)).isEqualTo("user" + i);
            assertThat(((Number) returned.get(i).get(0)).longValue()).isEqualTo(i + 1L);
        }
        Object count = engine.transaction(conn -> conn.execute(select(func.count()).selectFrom(t.user)).scalarOne());
        assertThat(((Number) count).longValue()).isEqualTo(2_500L);
    }
}
