package io.alchemy.dialect.mysql;

import io.alchemy.sql.Insert;
import io.alchemy.sql.TableClause;
import java.util.List;

/** MySQL's and MariaDB's own DML constructs, like SQLAlchemy's {@code sqlalchemy.dialects.mysql}. */
public final class MySQLDml {
    private MySQLDml() {
    }

    /**
     * {@code INSERT INTO table …} with {@code onDuplicateKeyUpdate(set)}:
     * <pre>{@code
     * MySQLInsert stmt = MySQLDml.insert(users).values(Map.of("name", "sandy", "fullname", "Sandy"));
     * conn.execute(stmt.onDuplicateKeyUpdate(Map.of("fullname", stmt.inserted().c("fullname"))));
     * }</pre>
     */
    public static MySQLInsert insert(TableClause table) {
        return new MySQLInsert(Insert.into(table), null, List.of());
    }
}
