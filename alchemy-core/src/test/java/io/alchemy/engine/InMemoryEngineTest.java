package io.alchemy.engine;

import static io.alchemy.Alchemy.createEngine;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.testing.SqlRecorder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** In-memory SQLite and H2 URLs keep one database for the engine's life, and lose it on dispose. */
class InMemoryEngineTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite::memory:", "jdbc:sqlite:", "jdbc:sqlite:file::memory:?cache=shared",
            "jdbc:h2:mem:", "jdbc:h2:mem:alchemy_in_memory_engine_test"})
    void theDatabaseSurvivesAcrossConnectBlocksUntilDispose(String url) {
        Engine engine = createEngine(url);
        try {
            engine.begin(conn -> conn.execute(text("CREATE TABLE kept (x INTEGER)")));
            engine.begin(conn -> conn.execute(text("INSERT INTO kept (x) VALUES (1)")));
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT x FROM kept")).scalarOne()).isEqualTo(1);
            }
        } finally {
            engine.dispose();
        }
        Engine again = createEngine(url);
        try (Connection conn = again.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT x FROM kept"))).isInstanceOf(io.alchemy.exc.DBAPIError.class);
        } finally {
            again.dispose();
        }
    }

    @Test
    void creatingAnEngineConnectsToNothing() {
        SqlRecorder listener = new SqlRecorder();
        Engine engine = createEngine("jdbc:sqlite::memory:", EngineOptions.builder().listener(listener).build());
        assertThat(engine.dialect().name()).isEqualTo("sqlite");
        assertThat(listener.events()).isEmpty();
        engine.dispose();
        assertThatThrownBy(engine::connect).isInstanceOf(InvalidRequestError.class).hasMessageContaining("disposed");
    }

    @Test
    void aUrlNoDialectAcceptsIsAnArgumentErrorNamingIt() {
        assertThatThrownBy(() -> createEngine("jdbc:nosuchdb://localhost/x")).isInstanceOf(io.alchemy.exc.ArgumentError.class)
                .hasMessageContaining("jdbc:nosuchdb://localhost/x");
    }

    @Test
    void theSingleConnectionIsHandedToOneCheckoutAtATime() throws Exception {
        Engine engine = createEngine("jdbc:sqlite::memory:", EngineOptions.builder().poolTimeout(Duration.ofMillis(300)).build());
        try {
            Connection first = engine.connect();
            assertThatThrownBy(engine::connect).isInstanceOf(InvalidRequestError.class).hasMessageContaining("this thread");
            CompletableFuture<Throwable> otherThread = CompletableFuture.supplyAsync(() -> {
                try (Connection second = engine.connect()) {
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertThat(otherThread.get(10, TimeUnit.SECONDS)).isInstanceOf(io.alchemy.exc.PoolTimeoutError.class)
                    .hasMessageContaining("Pool limit of size 1 reached").hasMessageContaining("jdbc:sqlite::memory:");
            first.close();
            CompletableFuture<Integer> afterClose = CompletableFuture.supplyAsync(() -> {
                try (Connection second = engine.connect()) {
                    return second.execute(text("SELECT 7")).scalarOne(Integer.class);
                }
            });
            assertThat(afterClose.get(10, TimeUnit.SECONDS)).isEqualTo(7);
        } finally {
            engine.dispose();
        }
    }
}
