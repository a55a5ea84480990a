package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.defer;
import static io.alchemy.orm.LoaderOptions.loadOnly;
import static io.alchemy.orm.LoaderOptions.undefer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** {@code defer}, {@code undefer} and {@code loadOnly}: columns left out of the SELECT load on first access. */
class ColumnLoadOptionsTest {

    @MatrixTest
    void deferredColumnsLoadOnAccess(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        boolean sqlite = db.name().equals("sqlite");
        try (Session session = new Session(engine)) {
            User sandy = session.scalars(select(User.class).where(User_.name.eq("sandy"))
                    .options(defer(User_.fullname))).one();
            List<String> sql = log.take();
            if (sqlite) {
                assertThat(sql).last().isEqualTo("SELECT user_account.id, user_account.name \nFROM user_account \n"
                        + "WHERE user_account.name = ? | [sandy]");
            }
            assertThat(InstanceState.of(sandy).unloadedAttributes()).containsExactly("fullname");
            assertThat(sandy.getFullname()).isEqualTo("Sandy Cheeks");
            assertThat(log.take()).hasSize(1).first().asString().contains("WHERE user_account.id = ?");
            assertThat(sandy.getName()).isEqualTo("sandy");
            assertThat(log.take()).isEmpty();
        }
    }

    @MatrixTest
    void loadOnlyAndUndefer(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            List<User> users = session.scalars(select(User.class).options(loadOnly(User_.fullname))
                    .orderBy(User_.id)).all();
            assertThat(log.take()).last().asString().startsWith("SELECT user_account.id, user_account.fullname \n");
            assertThat(InstanceState.of(users.get(0)).unloadedAttributes()).containsExactly("name");
            session.expungeAll();
            session.scalars(select(User.class).options(defer(User_.fullname, User_.name), undefer(User_.name))).all();
            assertThat(log.take()).last().asString().startsWith("SELECT user_account.id, user_account.name \n");
            assertThatThrownBy(() -> session.scalars(select(User.class).options(defer(User_.id))).all())
                    .isInstanceOf(ArgumentError.class).hasMessage("Primary key attribute User.id cannot be deferred");
        }
    }
}
