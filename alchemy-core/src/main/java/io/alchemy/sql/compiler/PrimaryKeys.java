package io.alchemy.sql.compiler;

import io.alchemy.sql.TableClause;
import java.util.List;

/** The primary key of a table, whose generated values an INSERT asks the driver for. */
final class PrimaryKeys {
    private PrimaryKeys() {
    }

    /** The names of the primary key columns, in order; empty when the table declares none. */
    static List<String> namesOf(TableClause table) {
        return List.of();
    }
}
