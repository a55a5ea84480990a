package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where {@code createAll} / {@code dropAll} run: an Alchemy connection (statements go through the engine,
 * with its events and echo) or, for tools and tests, a plain JDBC connection with a dialect.
 */
interface SchemaTarget {

    SchemaDialect dialect();

    /** The JDBC connection reflection reads from. */
    java.sql.Connection jdbc();

    /** Executes one DDL statement. */
    void execute(DdlElement ddl);

    /** The dialect's reflector. */
    default SchemaReflection reflector() {
        return dialect().reflector();
    }

    static SchemaTarget of(SchemaConnection connection) {
        return new SchemaTarget() {
            @Override
            public SchemaDialect dialect() {
                return connection.dialect();
            }

            @Override
            public java.sql.Connection jdbc() {
                return connection.jdbcConnection();
            }

            @Override
            public void execute(DdlElement ddl) {
                connection.execute(ddl);
            }
        };
    }

    static SchemaTarget of(java.sql.Connection jdbc, SchemaDialect dialect) {
        return new SchemaTarget() {
            @Override
            public SchemaDialect dialect() {
                return dialect;
            }

            @Override
            public java.sql.Connection jdbc() {
                return jdbc;
            }

            @Override
            public void execute(DdlElement ddl) {
                String sql = ddl.toSql(dialect);
                try (Statement statement = jdbc.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new ArgumentError("DDL failed: " + e.getMessage() + "\n[SQL: " + sql + "]", e);
                }
            }
        };
    }
}
