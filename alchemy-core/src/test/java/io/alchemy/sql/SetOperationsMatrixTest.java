package io.alchemy.sql;

import static io.alchemy.Alchemy.except;
import static io.alchemy.Alchemy.exceptAll;
import static io.alchemy.Alchemy.intersect;
import static io.alchemy.Alchemy.intersectAll;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.union;
import static io.alchemy.Alchemy.unionAll;
import static io.alchemy.sql.Tutorial.query;
import static io.alchemy.sql.Tutorial.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;

/** UNION, INTERSECT and EXCEPT, each also with ALL, and a compound select used as a subquery, on every database. */
class SetOperationsMatrixTest {

    @MatrixTest
    void setOperationsKeepOrDropDuplicates(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        Select<?> userIds = select(t.address.c("user_id"));                              // 1, 2, 2
        Select<?> sandy = select(t.user.c("id")).where(t.user.c("name").eq("sandy"));  // 2
        Select<?> all = select(t.user.c("id"));                                           // 1, 2, 3
        assertThat(query(engine, union(userIds, all).orderBy("user_id"))).containsExactly(row(1), row(2), row(3));
        assertThat(query(engine, unionAll(userIds, sandy).orderBy("user_id")))
                .containsExactly(row(1), row(2), row(2), row(2));
        assertThat(query(engine, intersect(userIds, sandy))).containsExactly(row(2));
        assertThat(query(engine, except(all, userIds))).containsExactly(row(3));
        Subquery twice = unionAll(userIds, sandy).subquery();                           // 1, 2, 2, 2
        Select<?> fromTwice = select(twice.c("user_id"));
        if (!engine.dialect().supportsIntersectExceptAll()) {
            assertThatThrownBy(() -> query(engine, intersectAll(fromTwice, userIds))).isInstanceOf(CompileError.class)
                    .hasMessage("INTERSECT ALL is not supported by the " + engine.dialect().name() + " dialect");
            assertThatThrownBy(() -> query(engine, exceptAll(fromTwice, sandy))).isInstanceOf(CompileError.class)
                    .hasMessage("EXCEPT ALL is not supported by the " + engine.dialect().name() + " dialect");
            return;
        }
        assertThat(query(engine, intersectAll(fromTwice, userIds).orderBy("user_id")))
                .containsExactly(row(1), row(2), row(2));
        assertThat(query(engine, exceptAll(fromTwice, sandy).orderBy("user_id"))).containsExactly(row(1), row(2), row(2));
    }
}
