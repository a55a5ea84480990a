package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** S5 executed on every database: the rows the tutorial's SELECTs return (E5.1-E5.42). */
class TutorialSelectMatrixTest {

    private static Tutorial load(TestDatabase db, Engine engine) {
        return new Tutorial().load(engine);
    }

    @MatrixTest
    void e5_1_whereAndE5_6_to_e5_8_concatTextAndLiteralColumn(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        assertThat(query(engine, select(t.user).where(t.user.c("name").eq("spongebob"))))
                .containsExactly(row(1, "spongebob", "Spongebob Squarepants"));
        assertThat(query(engine, select(literal("Username: ").concat(t.user.c("name")).label("username"))
                .orderBy(t.user.c("name")))).containsExactly(row("Username: patrick"), row("Username: sandy"),
                row("Username: spongebob"));
        assertThat(query(engine, select(text("'some phrase'"), t.user.c("name")).orderBy(t.user.c("name"))))   // E5.7
                .containsExactly(row("some phrase", "patrick"), row("some phrase", "sandy"),
                        row("some phrase", "spongebob"));
        assertThat(query(engine, select(literalColumn("'some phrase'").label("p"), t.user.c("name"))
                .orderBy(t.user.c("name")))).containsExactly(row("some phrase", "patrick"), row("some phrase", "sandy"),
                row("some phrase", "spongebob"));
    }

    @MatrixTest
    void e5_5_implicitJoinInWhere(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        assertThat(query(engine, select(t.user.c("name"), t.address.c("email_address"))
                .where(t.user.c("id").eq(t.address.c("user_id"))).orderBy(t.address.c("id"))))
                .containsExactly(row("spongebob", "spongebob@sqlalchemy.org"), row("sandy", "sandy@sqlalchemy.org"),
                        row("sandy", "sandy@squirrelpower.org"));
    }

    @MatrixTest
    void e5_15_groupByHaving(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        assertThat(query(engine, select(t.user.c("name"), func.count(t.address.c("id")).label("count")).join(t.address)
                .groupBy(t.user.c("name")).having(func.count(t.address.c("id")).gt(1)))).containsExactly(row("sandy", 2));
    }

    @MatrixTest
    void e5_16_orderByLabelName(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        assertThat(query(engine, select(t.address.c("user_id"), func.count(t.address.c("id")).label("num_addresses"))
                .groupBy("user_id").orderBy("user_id", desc("num_addresses")))).containsExactly(row(1, 1), row(2, 2));
    }

    @MatrixTest
    void e5_21_subqueryJoin(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        Subquery subq = select(t.address).where(t.address.c("email_address").notLike("%@aol.com")).subquery();
        assertThat(query(engine, select(t.user.c("name"), subq.c("email_address")).joinFrom(t.user, subq)
                .orderBy(t.user.c("id"), subq.c("id")))).containsExactly(row("spongebob", "spongebob@sqlalchemy.org"),
                row("sandy", "sandy@sqlalchemy.org"), row("sandy", "sandy@squirrelpower.org"));
        Cte cte = select(t.address).where(t.address.c("email_address").notLike("%@aol.com")).cte();
        assertThat(query(engine, select(t.user.c("name"), cte.c("email_address")).joinFrom(t.user, cte)      // E5.22
                .orderBy(t.user.c("id"), cte.c("id")))).containsExactly(row("spongebob", "spongebob@sqlalchemy.org"),
                row("sandy", "sandy@sqlalchemy.org"), row("sandy", "sandy@squirrelpower.org"));
    }

    @MatrixTest
    void e5_25_correlatedScalarSubquery(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        ScalarSubquery<Object> subq = select(func.count(t.address.c("id"))).where(t.user.c("id").eq(t.address.c("user_id")))
                .scalarSubquery().correlate(t.user);
        assertThat(query(engine, select(t.user.c("name"), t.address.c("email_address"), subq.label("address_count"))
                .joinFrom(t.user, t.address).orderBy(t.user.c("id"), t.address.c("id")))).containsExactly(
                row("spongebob", "spongebob@sqlalchemy.org", 1), row("sandy", "sandy@sqlalchemy.org", 2),
                row("sandy", "sandy@squirrelpower.org", 2));
    }

    @MatrixTest
    void e5_26_lateralWhereSupported(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        Subquery subq = select(func.count(t.address.c("id")).label("address_count"), t.address.c("email_address"),
                t.address.c("user_id")).where(t.user.c("id").eq(t.address.c("user_id")))
                .groupBy(t.address.c("email_address"), t.address.c("user_id")).lateral();
        Select<?> stmt = select(t.user.c("name"), subq.c("address_count"), subq.c("email_address")).joinFrom(t.user, subq)
                .orderBy(t.user.c("id"), subq.c("email_address"));
        if (!engine.dialect().supportsLateral()) {
            assertThatThrownBy(() -> stmt.compile(engine.dialect())).isInstanceOf(CompileError.class)
                    .hasMessageContaining("LATERAL");
            return;
        }
        assertThat(query(engine, stmt)).containsExactly(row("spongebob", 1, "spongebob@sqlalchemy.org"),
                row("sandy", 1, "sandy@sqlalchemy.org"), row("sandy", 1, "sandy@squirrelpower.org"));
    }

    @MatrixTest
    void e5_27_to_e5_30_unionAll(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        CompoundSelect u = unionAll(select(t.user).where(t.user.c("name").eq("sandy")),
                select(t.user).where(t.user.c("name").eq("spongebob")));
        assertThat(query(engine, u.orderBy("id"))).containsExactly(row(1, "spongebob", "Spongebob Squarepants"),
                row(2, "sandy", "Sandy Cheeks"));
        Subquery uSubq = u.subquery();
        assertThat(query(engine, select(uSubq.c("name"), t.address.c("email_address")).joinFrom(t.address, uSubq)
                .orderBy(uSubq.c("name"), t.address.c("email_address")))).containsExactly(
                row("sandy", "sandy@sqlalchemy.org"), row("sandy", "sandy@squirrelpower.org"),
                row("spongebob", "spongebob@sqlalchemy.org"));
    }

    @MatrixTest
    void e5_31_e5_32_exists(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        Exists many = select(func.count(t.address.c("id"))).where(t.user.c("id").eq(t.address.c("user_id")))
                .groupBy(t.address.c("user_id")).having(func.count(t.address.c("id")).gt(1)).exists();
        assertThat(query(engine, select(t.user.c("name")).where(many))).containsExactly(row("sandy"));
        Exists any = select(t.address.c("id")).where(t.user.c("id").eq(t.address.c("user_id"))).exists();
        assertThat(query(engine, select(t.user.c("name")).where(not(any)))).containsExactly(row("patrick"));
    }

    @MatrixTest
    void e5_34_now(TestDatabase db) {
        Engine engine = db.engine();
        Object now = engine.transaction(conn -> conn.execute(select(func.now())).scalarOne());
        assertThat(now).isInstanceOf(db.name().equals("postgresql") ? java.time.OffsetDateTime.class
                : java.time.LocalDateTime.class);
    }

    @MatrixTest
    void e5_36_e5_37_windowFunctions(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        assertThat(query(engine, select(func.rowNumber().over(partitionBy(t.user.c("name")).orderBy(t.address.c("id"))),
                t.user.c("name"), t.address.c("email_address")).selectFrom(t.user).join(t.address)
                .orderBy(t.user.c("name"), t.address.c("email_address")))).containsExactly(
                row(1, "sandy", "sandy@sqlalchemy.org"), row(2, "sandy", "sandy@squirrelpower.org"),
                row(1, "spongebob", "spongebob@sqlalchemy.org"));
        assertThat(query(engine, select(func.count().over(orderBy(t.user.c("name"))), t.user.c("name"),
                t.address.c("email_address")).selectFrom(t.user).join(t.address)
                .orderBy(t.user.c("name"), t.address.c("email_address")))).containsExactly(
                row(2, "sandy", "sandy@sqlalchemy.org"), row(2, "sandy", "sandy@squirrelpower.org"),
                row(3, "spongebob", "spongebob@sqlalchemy.org"));
    }

    @MatrixTest
    void e5_39_filterWhereSupported(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        Select<?> stmt = select(func.count(t.address.c("email_address")).filter(t.user.c("name").eq("sandy")),
                func.count(t.address.c("email_address")).filter(t.user.c("name").eq("spongebob")))
                .selectFrom(t.user).join(t.address);
        if (!engine.dialect().supportsAggregateFilter()) {
            assertThatThrownBy(() -> stmt.compile(engine.dialect())).isInstanceOf(CompileError.class)
                    .hasMessageContaining("FILTER");
            return;
        }
        assertThat(query(engine, stmt)).containsExactly(row(2, 1));
    }

    @MatrixTest
    void e5_42_cast(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        assertThat(query(engine, select(cast(t.user.c("id"), io.alchemy.types.Types.STRING)).orderBy(t.user.c("id"))))
                .containsExactly(row("1"), row("2"), row("3"));
    }

    @MatrixTest
    void expandingInWithValuesAndWithAnEmptyList(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        assertThat(query(engine, select(t.user.c("name")).where(t.user.c("name").in("sandy", "patrick"))
                .orderBy(t.user.c("id")))).containsExactly(row("sandy"), row("patrick"));
        assertThat(query(engine, select(t.user.c("name")).where(t.user.c("id").in(List.of())))).isEmpty();
        assertThat(query(engine, select(t.user.c("name")).where(t.user.c("id").eq(1), t.user.c("id").notIn(List.of()))))
                .containsExactly(row("spongebob"));
        assertThat(query(engine, select(t.user.c("name")).where(t.user.c("id").in(bindparam("ids"))).orderBy(t.user.c("id")),
                Map.of("ids", List.of(3, 1)))).containsExactly(row("spongebob"), row("patrick"));
    }

    @MatrixTest
    void limitAndOffset(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = load(db, engine);
        assertThat(query(engine, select(t.user.c("id")).orderBy(t.user.c("id")).limit(2))).containsExactly(row(1), row(2));
        assertThat(query(engine, select(t.user.c("id")).orderBy(t.user.c("id")).limit(1).offset(1))).containsExactly(row(2));
        assertThat(query(engine, select(t.user.c("id")).orderBy(t.user.c("id")).offset(2))).containsExactly(row(3));
    }
}
