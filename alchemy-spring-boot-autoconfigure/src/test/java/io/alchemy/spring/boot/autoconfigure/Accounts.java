package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.engine.Connection;
import io.alchemy.testing.TestDatabase;
import java.sql.ResultSet;

/** The test table {@code account}: created up front (outside any transaction), counted through a separate connection. */
final class Accounts {
    private Accounts() {
    }

    static void create(TestDatabase db) throws Exception {
        db.run("CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL)");
    }

    /** Inserts one account through an Alchemy connection. */
    static void insert(Connection conn, int id, String name) {
        conn.execDriverSql("INSERT INTO account (id, name) VALUES (?, ?)", id, name);
    }

    /** Rows committed so far, as a fresh JDBC connection of its own sees them. */
    static int committed(TestDatabase db) throws Exception {
        try (java.sql.Connection c = db.openJdbc();
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM account")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
