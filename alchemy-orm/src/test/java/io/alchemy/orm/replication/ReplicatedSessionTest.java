package io.alchemy.orm.replication;

import static io.alchemy.Alchemy.literalColumn;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.EngineOptions;
import io.alchemy.engine.Engines;
import io.alchemy.engine.ReadYourWrites;
import io.alchemy.engine.ReplicatedEngine;
import io.alchemy.engine.UsePrimary;
import io.alchemy.exc.ReadOnlyError;
import io.alchemy.orm.Registry;
import io.alchemy.orm.SessionFactory;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.testing.servers.PostgresReplication;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Read replicas outside Spring, on a real PostgreSQL primary and streaming replica (private clusters on spare ports):
 * a {@link ReplicatedEngine} for Core and a {@link SessionFactory} with a read engine for the ORM. Which server
 * answered is {@code inet_server_port()}; lag is an hour of {@code recovery_min_apply_delay}.
 */
@EnabledIf("io.alchemy.testing.servers.PostgresReplication#selected")
class ReplicatedSessionTest {
    private static final Registry REGISTRY = Registry.of(User.class, Address.class);
    private static PostgresReplication replication;

    @BeforeAll
    static void servers() {
        replication = PostgresReplication.start("tutorial");
        try (ReplicatedEngine engine = engine(ReadYourWrites.off())) {
            REGISTRY.metadata().createAll(engine);
        }
        replication.awaitReplay();
    }

    @AfterAll
    static void removeServers() {
        if (replication != null) {
            replication.close();
        }
    }

    @BeforeEach
    void empty() {
        replication.applyDelay(Duration.ZERO);
        replication.primary().sql("tutorial", "DELETE FROM address", "DELETE FROM user_account");
        replication.awaitReplay();
    }

    private static ReplicatedEngine engine(ReadYourWrites readYourWrites) {
        return Engines.replicated(replication.primary().jdbcUrl("tutorial"), replication.replica().jdbcUrl("tutorial"),
                EngineOptions.builder().poolSize(2).build(), readYourWrites);
    }

    private static int port(Connection conn) {
        return conn.execute(text("SELECT inet_server_port()")).scalar(Integer.class);
    }

    @Test
    void coreReadOnlyTransactionsRunOnTheReplicaAndTheRestOnThePrimary() {
        try (ReplicatedEngine engine = engine(ReadYourWrites.off())) {
            int primary = replication.primary().port();
            int replica = replication.replica().port();
            assertThat(engine.readOnlyTransaction(ReplicatedSessionTest::port)).isEqualTo(replica);
            assertThat(engine.transaction(ReplicatedSessionTest::port)).isEqualTo(primary);
            try (Connection conn = engine.connectReadOnly()) {
                assertThat(port(conn)).isEqualTo(replica);
                assertThat(conn.target()).isEqualTo("replica");
                assertThat(conn.execute(select(literalColumn("inet_server_port()")).options(UsePrimary.usePrimary()))
                        .scalar(Integer.class)).isEqualTo(primary);
                assertThatThrownBy(() -> conn.execute(text("INSERT INTO user_account (name) VALUES ('plankton')")))
                        .isInstanceOf(ReadOnlyError.class)
                        .hasMessageContaining("cannot execute INSERT in a read-only transaction");
            }
        }
    }

    @Test
    void readOnlySessionsRunOnTheReadEngineAndReadTheirWritesDespiteLag() {
        replication.applyDelay(Duration.ofHours(1));
        try (ReplicatedEngine engine = engine(ReadYourWrites.perThread(Duration.ofHours(1)))) {
            SessionFactory sessions = SessionFactory.of(engine).withReadEngine(engine.reader());
            assertThat(readOnlyPort(sessions))
                    .isEqualTo(replication.replica().port());
            sessions.begin(session -> session.add(new User("sandy", "Sandy Cheeks")));
            assertThat(readOnlyPort(sessions))
                    .isEqualTo(replication.primary().port());
            assertThat(readOnlyNames(sessions, select(User.class)))
                    .as("read your writes").containsExactly("sandy");
            engine.readYourWrites().forget();
            assertThat(readOnlyNames(sessions, select(User.class)))
                    .as("the lagging replica has not applied the write").isEmpty();
            assertThat(readOnlyNames(sessions, select(User.class).options(UsePrimary.usePrimary()))).as("usePrimary()").containsExactly("sandy");
            assertThatThrownBy(() -> sessions.readOnly(session -> {
                session.add(new User("plankton", null));
                return null;
            })).isInstanceOf(ReadOnlyError.class);
        }
    }

    private static int readOnlyPort(SessionFactory sessions) {
        return sessions.readOnly(session -> port(session.connection()));
    }

    private static List<String> readOnlyNames(SessionFactory sessions, io.alchemy.sql.Select<User> query) {
        return sessions.readOnly(session -> session.scalars(query).all().stream().map(User::getName).toList());
    }
}
