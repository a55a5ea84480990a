package io.alchemy.engine;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.event.ConnectionEvent;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing of {@link ReplicatedEngine}: two H2 databases stand in for a primary and a replica, each saying which it is
 * in its {@code server} table (the tests on real replication, with lag, are in alchemy-orm's {@code replication}
 * package).
 */
class ReplicatedEngineTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table SERVER = METADATA.table("server", column("name", string(20)));

    private final List<AutoCloseable> closing = new ArrayList<>();
    private TestDatabase primaryDb;
    private TestDatabase replicaDb;

    @BeforeEach
    void databases() throws Exception {
        primaryDb = TestDatabase.fresh("h2");
        replicaDb = TestDatabase.fresh("h2");
        primaryDb.run("CREATE TABLE server (name VARCHAR(20))", "INSERT INTO server (name) VALUES ('primary')",
                "CREATE TABLE item (id INTEGER PRIMARY KEY)");
        replicaDb.run("CREATE TABLE server (name VARCHAR(20))", "INSERT INTO server (name) VALUES ('replica')",
                "CREATE TABLE item (id INTEGER PRIMARY KEY)");
    }

    @AfterEach
    void close() throws Exception {
        Collections.reverse(closing);
        for (AutoCloseable each : closing) {
            each.close();
        }
        replicaDb.close();
        primaryDb.close();
    }

    private ReplicatedEngine engine(ReadYourWrites readYourWrites) {
        ReplicatedEngine engine = Engines.replicated(primaryDb.url(), replicaDb.url(), EngineOptions.DEFAULTS,
                readYourWrites);
        closing.add(engine);
        return engine;
    }

    private static String server(Connection conn) {
        return conn.execute(select(SERVER.c("name"))).scalar(String.class);
    }

    @Test
    void writesAndDirectConnectionsGoToThePrimaryReadOnlyWorkToTheReplica() {
        ReplicatedEngine engine = engine(ReadYourWrites.off());
        try (Connection conn = engine.connect()) {
            assertThat(server(conn)).isEqualTo("primary");
            assertThat(conn.target()).isEqualTo("primary");
        }
        try (Connection conn = engine.connectReadOnly()) {
            assertThat(server(conn)).isEqualTo("replica");
            assertThat(conn.target()).isEqualTo("replica");
        }
        assertThat(engine.transaction(ReplicatedEngineTest::server)).isEqualTo("primary");
        assertThat(engine.readOnlyTransaction(ReplicatedEngineTest::server)).isEqualTo("replica");
        try (Connection conn = engine.reader().connect()) {
            assertThat(server(conn)).isEqualTo("replica");
        }
        assertThat(engine.primary().transaction(ReplicatedEngineTest::server)).isEqualTo("primary");
    }

    @Test
    void withoutReadYourWritesAReadAfterAWriteGoesToTheReplica() {
        ReplicatedEngine engine = engine(ReadYourWrites.off());
        engine.begin(conn -> conn.execute(text("INSERT INTO item (id) VALUES (1)")));
        Integer onReplica = engine.readOnlyTransaction(conn -> conn.execute(text("SELECT count(*) FROM item"))
                .scalar(Integer.class));
        assertThat(onReplica).isZero();   // the stand-in replica never receives the write
    }

    @Test
    void readYourWritesKeepsTheWritingThreadOnThePrimary() throws Exception {
        ReplicatedEngine engine = engine(ReadYourWrites.perThread(Duration.ofHours(1)));
        assertThat(engine.readOnlyTransaction(ReplicatedEngineTest::server)).isEqualTo("replica");
        engine.begin(conn -> conn.execute(text("INSERT INTO item (id) VALUES (1)")));
        try (Connection conn = engine.connectReadOnly()) {
            assertThat(conn.target()).isEqualTo("primary");
            assertThat(conn.execute(text("SELECT count(*) FROM item")).scalar(Integer.class)).isEqualTo(1);
        }
        String[] otherThread = new String[1];
        Thread other = new Thread(() -> otherThread[0] = engine.readOnlyTransaction(ReplicatedEngineTest::server));
        other.start();
        other.join();
        assertThat(otherThread[0]).isEqualTo("replica");
        engine.readYourWrites().forget();
        assertThat(engine.readOnlyTransaction(ReplicatedEngineTest::server)).isEqualTo("replica");
    }

    @Test
    void aReadIsNotAWrite() {
        ReplicatedEngine engine = engine(ReadYourWrites.perThread(Duration.ofHours(1)));
        engine.transaction(ReplicatedEngineTest::server);
        assertThat(engine.readOnlyTransaction(ReplicatedEngineTest::server)).isEqualTo("replica");
    }

    @Test
    void usePrimaryRunsOneStatementOfReplicaWorkOnThePrimary() {
        ReplicatedEngine engine = engine(ReadYourWrites.off());
        List<String> checkouts = Collections.synchronizedList(new ArrayList<>());
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        engine.addListener(new ConnectionEvents() {
            @Override
            public void onCheckout(ConnectionEvent event, long acquireNanos) {
                checkouts.add(event.connection().target());
            }

            @Override
            public void afterExecute(StatementEvent event, StatementOutcome outcome) {
                statements.add(event.connection().target());
            }
        });
        engine.readOnlyTransaction(conn -> {
            assertThat(server(conn)).isEqualTo("replica");
            assertThat(conn.execute(select(SERVER.c("name")).options(UsePrimary.usePrimary())).scalar(String.class))
                    .isEqualTo("primary");
            assertThat(conn.inTransaction()).isTrue();
            assertThat(server(conn)).isEqualTo("replica");
            return null;
        });
        assertThat(statements).containsExactly("replica", "primary", "replica");
        assertThat(checkouts).containsExactly("replica", "primary");
        try (Connection conn = engine.connect()) {   // on a primary connection the option changes nothing
            assertThat(conn.execute(select(SERVER.c("name")).options(UsePrimary.usePrimary()), Map.of())
                    .scalar(String.class)).isEqualTo("primary");
        }
    }

    @Test
    void listenersHearBothSidesAndDisposeClosesBoth() {
        ReplicatedEngine engine = engine(ReadYourWrites.off());
        List<String> targets = Collections.synchronizedList(new ArrayList<>());
        ConnectionEvents listener = new ConnectionEvents() {
            @Override
            public void afterExecute(StatementEvent event, StatementOutcome outcome) {
                targets.add(event.connection().target());
            }
        };
        engine.addListener(listener);
        engine.transaction(ReplicatedEngineTest::server);
        engine.readOnlyTransaction(ReplicatedEngineTest::server);
        engine.removeListener(listener);
        engine.readOnlyTransaction(ReplicatedEngineTest::server);
        assertThat(targets).containsExactly("primary", "replica");
        assertThat(engine.dialect().name()).isEqualTo("h2");
        engine.dispose();
        assertThatThrownBy(engine::connect).hasMessageContaining("disposed");
        assertThatThrownBy(engine::connectReadOnly).hasMessageContaining("disposed");
    }

    @Test
    void aReadYourWritesWindowMustBePositive() {
        assertThatThrownBy(() -> ReadYourWrites.perThread(Duration.ZERO)).isInstanceOf(ArgumentError.class)
                .hasMessage("The read-your-writes window must be positive, was PT0S");
    }
}
