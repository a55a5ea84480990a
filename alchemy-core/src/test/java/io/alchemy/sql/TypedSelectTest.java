package io.alchemy.sql;

import static io.alchemy.Alchemy.delete;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Select<T>}: typed by its one column, kept by the builder methods, read back without casts through
 * {@code Connection.scalars}; and mapped classes, which need an {@link EntityResolver} (none in Core alone).
 */
class TypedSelectTest {

    @Test
    void oneColumnTypesTheStatementAndBuildersKeepIt() {
        io.alchemy.schema.Table user = new Tutorial().user;
        ColumnElement<String> name = user.c("name", String.class);
        Select<String> stmt = select(name).where(user.c("id").gt(1)).orderBy(name).limit(2).distinct();
        assertThat(stmt.scalarType()).isEqualTo(String.class);
        Select<Integer> count = select(func.count()).selectFrom(user).groupBy(user.c("name"));
        assertThat(count.scalarType()).isEqualTo(Integer.class);
        assertThat(select(user.c("id"), user.c("name")).scalarType()).isEqualTo(Object.class);
        assertThat(select(user).scalarType()).isEqualTo(Object.class);
        Select<Object> replaced = stmt.withOnlyColumns(user.c("id"));
        assertThat(replaced.scalarType()).isEqualTo(Object.class);
        assertThat(replaced.toString()).startsWith("SELECT DISTINCT user_account.id");
    }

    @Test
    void mappedClassesNeedAResolver() {
        class Unmapped {
        }
        assertThatThrownBy(() -> select(Unmapped.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining(Unmapped.class.getName()).hasMessageContaining("no EntityResolver");
        for (Runnable statement : List.<Runnable>of(() -> insert(Unmapped.class), () -> update(Unmapped.class),
                () -> delete(Unmapped.class), () -> select(TestTables.userTable().c("id"), Unmapped.class),
                () -> select(TestTables.userTable()).join(Unmapped.class))) {
            assertThatThrownBy(statement::run).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("Class " + Unmapped.class.getName());
        }
        assertThatThrownBy(() -> select((Class<?>) null)).isInstanceOf(ArgumentError.class);
    }

    @Test
    void tableStatementsCarryNoEntity() {
        TableClause user = TestTables.userTable();
        assertThat(insert(user).entity()).isNull();
        assertThat(update(user).values(java.util.Map.of("name", "x")).entity()).isNull();
        assertThat(delete(user).where(user.c("id").eq(1)).entity()).isNull();
    }

    @MatrixTest
    void connectionScalarsAreTypedByTheStatement(TestDatabase db) {
        Engine engine = db.engine();
        Tutorial t = new Tutorial().load(engine);
        try (Connection conn = engine.connect()) {
            List<String> names = conn.scalars(select(t.user.c("name", String.class)).orderBy(t.user.c("id"))).all();
            assertThat(names).containsExactly("spongebob", "sandy", "patrick");
            Integer count = conn.scalar(select(func.count()).selectFrom(t.address));     // SQLAlchemy's Integer
            assertThat(count).isEqualTo(3);
            Integer none = conn.scalar(select(t.user.c("id", Integer.class)).where(t.user.c("name").eq("nobody")));
            assertThat(none).isNull();
        }
    }
}
