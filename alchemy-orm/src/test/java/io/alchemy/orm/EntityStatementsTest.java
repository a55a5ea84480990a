package io.alchemy.orm;

import static io.alchemy.Alchemy.delete;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.update;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Row;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.sql.Select;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mapped classes as statement arguments (TOUR §6, §8): {@code select(User.class)} typed {@code Select<User>},
 * {@code session.scalars(...)} without casts, {@code insert/update/delete(User.class)} as ORM-enabled statements,
 * and unmapped classes rejected with the class named.
 */
class EntityStatementsTest {

    /** A class no registry maps. */
    static final class NotMapped {
    }

    @Test
    void mappedClassesRenderAsTheirColumnsAndTable() {
        OrmFixture.registry();
        Select<User> stmt = select(User.class).where(User_.name.eq("spongebob"));
        assertThat(stmt.scalarType()).isEqualTo(User.class);
        assertCompile(stmt, "SELECT user_account.id, user_account.name, user_account.fullname \n"
                + "FROM user_account \nWHERE user_account.name = :name_1");
        assertCompile(select(User_.name, Address.class).where(User_.id.eq(Address_.userId)).orderBy(Address_.id),
                "SELECT user_account.name, address.id, address.email_address, address.user_id \n"
                + "FROM user_account, address \nWHERE user_account.id = address.user_id ORDER BY address.id");
        assertThat(insert(User.class).entity()).isEqualTo(User.class);
        assertThat(insert(User.class).table()).isSameAs(OrmFixture.registry().metadata().tableNamed("user_account"));
        assertThat(update(User.class).where(User_.name.eq("x")).values(Map.of("fullname", "y")).entity())
                .isEqualTo(User.class);
        assertCompile(delete(User.class).where(User_.id.eq(1)),
                "DELETE FROM user_account WHERE user_account.id = :id_1");
        assertThat(delete(User.class).where(User_.id.eq(1)).entity()).isEqualTo(User.class);
    }

    @Test
    void unmappedClassesAreNamedInTheError() {
        OrmFixture.registry();
        for (Runnable statement : List.<Runnable>of(() -> select(NotMapped.class), () -> insert(NotMapped.class),
                () -> update(NotMapped.class), () -> delete(NotMapped.class),
                () -> select(User_.name, NotMapped.class), () -> select(User.class).join(NotMapped.class))) {
            assertThatThrownBy(statement::run).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("Class " + NotMapped.class.getName() + " is not mapped");
        }
    }

    @MatrixTest
    void scalarsAreTypedWithoutCasts(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).orderBy(User_.id)).all();
            assertThat(users).extracting(User::getName).containsExactly("spongebob", "sandy", "patrick");
            assertThat(users.get(1)).isSameAs(session.get(User.class, 2));
            List<String> names = session.scalars(select(User_.name).where(User_.id.gt(1)).orderBy(User_.name)).all();
            assertThat(names).containsExactly("patrick", "sandy");
            Integer addresses = session.scalarOne(select(func.count(Address_.id)));
            assertThat(addresses).isEqualTo(3);
            User sandy = session.scalarOne(select(User.class).filterBy(Map.of("name", "sandy")));
            assertThat(sandy.getFullname()).isEqualTo("Sandy Cheeks");
            assertThat(session.scalar(select(User.class).where(User_.name.eq("nobody")))).isNull();
        }
        try (io.alchemy.engine.Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.scalars(select(User.class))).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("A SELECT of " + User.class.getName() + " yields objects only through a Session");
            assertThat(conn.execute(select(User.class).where(User_.id.eq(1))).one().get("name")).isEqualTo("spongebob");
        }
    }

    @MatrixTest
    void entitiesJoinByClassAndMixWithColumns(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            List<User> withSandyMail = session.scalars(select(User.class).join(Address.class)
                    .where(Address_.emailAddress.like("sandy%")).distinct()).all();
            assertThat(withSandyMail).extracting(User::getName).containsExactly("sandy");
            List<Row> rows = session.execute(select(User_.name, Address.class).where(User_.id.eq(Address_.userId))
                    .orderBy(Address_.id)).all();
            assertThat(rows).extracting(row -> row.get(0)).containsExactly("spongebob", "sandy", "sandy");
            assertThat(rows.get(2).get(1, Address.class)).isSameAs(session.get(Address.class, 3));
            List<User> outer = session.scalars(select(User.class).outerjoin(Address.class)
                    .where(Address_.id.isNull())).all();
            assertThat(outer).extracting(User::getName).containsExactly("patrick");
        }
    }
}
