package io.alchemy.engine;

import static io.alchemy.Alchemy.createEngine;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Engines over a caller's DataSource and over an externally managed ConnectionSource (the Spring integration's case). */
class ConnectionSourceTest {

    @MatrixTest
    void aDataSourceEngineDetectsTheDialectAndLeavesTheDataSourceOpen(TestDatabase db) {
        HikariDataSource dataSource = db.onClose(new HikariDataSource());
        dataSource.setJdbcUrl(db.url());
        Engine engine = createEngine(dataSource);
        assertThat(dataSource.isRunning()).isFalse();                  // lazily: nothing connected yet
        assertThat(engine.dialect().name()).isEqualTo(db.name());
        engine.begin(conn -> conn.execute(text("CREATE TABLE t (x INTEGER)")));
        engine.dispose();
        assertThat(dataSource.isClosed()).isFalse();
    }

    @MatrixTest
    void anExternallyManagedConnectionIsNeverCommittedByAlchemy(TestDatabase db) throws Exception {
        db.run("CREATE TABLE t (x INTEGER)");
        ExternalTransaction external = db.onClose(new ExternalTransaction(db.openJdbc()));
        Engine engine = createEngine(external, EngineOptions.DEFAULTS);
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO t (x) VALUES (1)"));
            conn.commit();                                              // the outer transaction decides, not Alchemy
            conn.execute(text("INSERT INTO t (x) VALUES (2)"));
            conn.rollback();
        }
        assertThat(external.rollbackOnly).isTrue();
        assertThat(external.connection.getAutoCommit()).isFalse();
        assertThat(external.connection.isClosed()).isFalse();
        try (Connection conn = engine.connect()) {                      // the same transaction still sees both rows
            assertThat(conn.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isEqualTo(2);
        }
        external.connection.rollback();
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT count(*) FROM t")).scalarOne(Integer.class)).isZero();
        }
        assertThat(external.released).hasSize(3);
    }

    /** A transaction owned by someone else: one connection, auto-commit off, handed out and taken back. */
    private static final class ExternalTransaction implements ConnectionSource {
        final java.sql.Connection connection;
        final List<java.sql.Connection> released = new ArrayList<>();
        boolean rollbackOnly;

        ExternalTransaction(java.sql.Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
        }

        @Override
        public java.sql.Connection acquire() {
            return connection;
        }

        @Override
        public void release(java.sql.Connection given) {
            released.add(given);
        }

        @Override
        public boolean isExternallyManaged(java.sql.Connection given) {
            return true;
        }

        @Override
        public void markRollbackOnly(java.sql.Connection given) {
            rollbackOnly = true;
        }

        @Override
        public String describe() {
            return "external transaction";
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
