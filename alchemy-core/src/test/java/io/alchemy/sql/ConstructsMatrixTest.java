package io.alchemy.sql;

import static io.alchemy.Alchemy.caseWhen;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.literal;
import static io.alchemy.Alchemy.null_;
import static io.alchemy.Alchemy.orderBy;
import static io.alchemy.Alchemy.select;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.Map;

/** Expression-language constructs beyond the tutorial's examples, executed on the tutorial's rows on every database. */
class ConstructsMatrixTest {

    @MatrixTest
    void stringMatchingOperators(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        ColumnElement<?> name = t.user.c("name");
        assertThat(query(engine, select(name).where(name.ilike("SPONGE%")))).containsExactly(row("spongebob"));
        assertThat(query(engine, select(name).where(name.notIlike("%A%")).orderBy(name))).containsExactly(row("spongebob"));
        assertThat(query(engine, select(name).where(name.notLike("s%")))).containsExactly(row("patrick"));
        assertThat(query(engine, select(name).where(name.startswith("sa"), name.endswith("dy"), name.contains("and"))))
                .containsExactly(row("sandy"));
        assertThat(query(engine, select(t.address.c("email_address")).where(t.address.c("email_address")
                .contains("_", true)))).isEmpty();                                    // '_' matched literally
    }

    @MatrixTest
    void nullSafeComparisonsCaseAndBetween(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        ColumnElement<?> id = t.user.c("id");
        ColumnElement<?> none = caseWhen(id.eq(3), null_()).otherwise(id);        // NULL for patrick
        assertThat(query(engine, select(id).where(none.isDistinctFrom(1)).orderBy(id))).containsExactly(row(2), row(3));
        assertThat(query(engine, select(id).where(none.isNotDistinctFrom(null_())))).containsExactly(row(3));
        assertThat(query(engine, select(id).where(id.between(2, 3)).orderBy(id))).containsExactly(row(2), row(3));
        assertThat(query(engine, select(id).where(id.notBetween(2, 3)))).containsExactly(row(1));
        assertThat(query(engine, select(caseWhen(id.eq(1), "one").when(id.eq(2), "two").otherwise("many")
                .label("word")).orderBy(id))).containsExactly(row("one"), row("two"), row("many"));
        assertThat(query(engine, select(id.neg().plus(10).times(2).label("v")).where(id.eq(1)))).containsExactly(row(18));
    }

    @MatrixTest
    void filterByDistinctAndOuterJoins(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        assertThat(query(engine, select(t.user.c("id")).filterBy(Map.of("name", "sandy", "fullname", "Sandy Cheeks"))))
                .containsExactly(row(2));
        assertThat(query(engine, select(t.address.c("user_id")).distinct().orderBy(t.address.c("user_id"))))
                .containsExactly(row(1), row(2));
        assertThat(query(engine, select(t.user.c("name"), func.count(t.address.c("id")).label("n")).outerjoin(t.address)
                .groupBy(t.user.c("name")).orderBy(t.user.c("name")))).containsExactly(row("patrick", 0),
                row("sandy", 2), row("spongebob", 1));
        Select<?> full = select(t.user.c("name"), t.address.c("id")).join(t.address,
                t.user.c("id").eq(t.address.c("user_id")), JoinType.FULL).where(t.address.c("id").isNull());
        if (!engine.dialect().supportsFullOuterJoin()) {
            assertThatThrownBy(() -> query(engine, full)).isInstanceOf(CompileError.class)
                    .hasMessage("FULL OUTER JOIN is not supported by the " + engine.dialect().name() + " dialect");
            return;
        }
        assertThat(query(engine, full)).containsExactly(row("patrick", null));
    }

    @MatrixTest
    void correlateExceptKeepsTheNamedTableInTheSubquery(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        ScalarSubquery<Object> others = select(func.count(t.address.c("id")))
                .where(t.address.c("user_id").eq(t.user.c("id"))).scalarSubquery().correlateExcept(t.address);
        assertThat(query(engine, select(t.user.c("name"), others.label("n")).orderBy(t.user.c("id"))))
                .containsExactly(row("spongebob", 1), row("sandy", 2), row("patrick", 0));
    }

    @MatrixTest
    void rowLocksWhereTheDatabaseHasThem(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Select<?> byId = select(t.user.c("name")).where(t.user.c("id").eq(literal(2)));
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(byId.forUpdate()).scalar()).isEqualTo("sandy");    // SQLite: the clause is left out
            if (!db.name().equals("sqlite") && !db.name().equals("h2")) {
                assertThat(conn.execute(byId.forUpdate(ForUpdate.UPDATE.withNowait())).scalar()).isEqualTo("sandy");
                assertThat(conn.execute(byId.forUpdate(ForUpdate.UPDATE.withSkipLocked())).scalar()).isEqualTo("sandy");
            }
            conn.rollback();
        }
    }

    @MatrixTest
    void windowFramesAndOrderedSetAggregates(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        ColumnElement<Integer> id = t.user.c("id", Integer.class);
        assertThat(query(engine, select(id, func.sum(id).over(orderBy(id).rows(null, 0)).label("running"),
                func.sum(id).over(orderBy(id).rows(-1, 1)).label("around"),
                func.count().over(orderBy(id).range(0, null)).label("rest")).orderBy(id)))
                .containsExactly(row(1, 1, 3, 3), row(2, 3, 6, 2), row(3, 6, 5, 1));
        Select<?> median = select(func.percentileDisc(0.5).withinGroup(id).label("median")).selectFrom(t.user);
        if (db.name().equals("postgresql") || db.name().equals("h2")) {
            assertThat(query(engine, median)).containsExactly(row(2));
        } else {                                   // SQLite has no ordered-set aggregates; MariaDB only as a window
            assertThat(median.compile(engine.dialect()).sql()).startsWith(
                    "SELECT percentile_disc(?) WITHIN GROUP (ORDER BY user_account.id) AS median");
        }
    }
}
