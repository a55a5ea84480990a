package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.List;

/**
 * The tutorial's tables built from plain {@link TableClause}/{@link ColumnClause} with a tiny test-only type, for
 * compile assertions that need no schema.
 */
final class TestTables {
    static final SqlType<Integer> INTEGER = new TestType<>(Integer.class, "INTEGER");
    static final SqlType<String> STRING = new TestType<>(String.class, "VARCHAR");

    private TestTables() {
    }

    static TableClause userTable() {
        return new TableClause("user_account", null, List.of(new ColumnClause<>("id", INTEGER),
                new ColumnClause<>("name", STRING), new ColumnClause<>("fullname", STRING)));
    }

    static TableClause addressTable() {
        return new TableClause("address", null, List.of(new ColumnClause<>("id", INTEGER),
                new ColumnClause<>("user_id", INTEGER), new ColumnClause<>("email_address", STRING)));
    }

    static TableClause someTable() {
        return new TableClause("some_table", null, List.of(new ColumnClause<>("x", INTEGER),
                new ColumnClause<>("y", INTEGER)));
    }

    /** A type known only by its Java class and name. */
    static final class TestType<T> extends SqlType<T> {
        private final Class<T> javaType;
        private final String name;

        TestType(Class<T> javaType, String name) {
            this.javaType = javaType;
            this.name = name;
        }

        @Override
        public Class<T> javaType() {
            return javaType;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
