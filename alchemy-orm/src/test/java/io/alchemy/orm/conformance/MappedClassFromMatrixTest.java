package io.alchemy.orm.conformance;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.literalColumn;
import static io.alchemy.Alchemy.select;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.conformance.model.Address;
import io.alchemy.orm.conformance.model.User;
import io.alchemy.orm.metamodel.Entity;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Executable;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mapped classes where a SELECT takes a FROM element ({@code selectFrom(User.class)},
 * {@code joinFrom(User.class, Address.class)}, {@code correlate(User.class)}, {@code correlateExcept(Address.class)})
 * executed on every database of the matrix over SQLAlchemy's fixture rows (users 7 jack, 8 ed, 9 fred, 10 chuck;
 * one address of jack, three of ed, one of fred), and refused with a clear error for a class no Registry maps. The
 * compiled SQL is asserted by the ports in {@link TestCoreCompilationConformanceTest}.
 */
class MappedClassFromMatrixTest {

    @BeforeAll
    static void map() {
        Fixtures.standard();
    }

    private static ColumnElement<?> user(String name) {
        return Entity.of(User.class).c(name);
    }

    private static ColumnElement<?> address(String name) {
        return Entity.of(Address.class).c(name);
    }

    private static List<List<Object>> rows(Engine engine, Executable statement) {
        List<List<Object>> rows = new ArrayList<>();
        engine.begin(conn -> conn.execute(statement).all().forEach(r -> rows.add(r.values().stream()
                .map(v -> v instanceof Number n ? (Object) n.longValue() : v).toList())));
        return rows;
    }

    @MatrixTest
    void selectFromAMappedClass(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        assertThat(rows(engine, select(func.count()).selectFrom(User.class))).containsExactly(List.of(4L));
    }

    @MatrixTest
    void joinFromMappedClasses(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        assertThat(rows(engine, select(user("name"), func.count(address("id")))
                .joinFrom(User.class, Address.class).groupBy(user("id"), user("name")).orderBy(user("id"))))
                .containsExactly(List.of("jack", 1L), List.of("ed", 3L), List.of("fred", 1L));
        assertThat(rows(engine, select(user("name"), func.count(address("id")))
                .outerjoinFrom(User.class, Address.class).groupBy(user("id"), user("name")).orderBy(user("id"))))
                .containsExactly(List.of("jack", 1L), List.of("ed", 3L), List.of("fred", 1L), List.of("chuck", 0L));
    }

    @MatrixTest
    void correlateAMappedClass(TestDatabase db) {
        Engine engine = Fixtures.withData(db);
        var correlated = select(func.count(address("id"))).where(user("id").eq(address("user_id")));
        List<List<Object>> expected = List.of(List.of("jack", 1L), List.of("ed", 3L), List.of("fred", 1L),
                List.of("chuck", 0L));
        assertThat(rows(engine, select(user("name"), correlated.correlate(User.class).scalarSubquery())
                .orderBy(user("id")))).isEqualTo(expected);
        assertThat(rows(engine, select(user("name"), correlated.correlateExcept(Address.class).scalarSubquery())
                .orderBy(user("id")))).isEqualTo(expected);
    }

    /** {@code correlateExcept(Address.class)} keeps {@code addresses} in the subquery and correlates {@code users}. */
    @Test
    void correlateExceptMappedClassCompiles() {
        assertCompile(select(user("name"),
                        select(func.count(address("id"))).where(user("id").eq(address("user_id")))
                                .correlateExcept(Address.class).scalarSubquery()),
                "SELECT users.name, (SELECT count(addresses.id) AS count_1 "
                        + "FROM addresses WHERE users.id = addresses.user_id) AS anon_1 FROM users");
    }

    /** A class no Registry maps is refused where a FROM element is expected, naming the class. */
    @Test
    void unmappedClassIsRefused() {
        assertThatThrownBy(() -> select(literalColumn("1")).selectFrom(String.class))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("java.lang.String is not mapped");
        assertThatThrownBy(() -> select(literalColumn("1")).joinFrom(User.class, String.class))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("java.lang.String is not mapped");
        assertThatThrownBy(() -> select(literalColumn("1")).correlate(String.class))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("java.lang.String is not mapped");
    }
}
