package io.alchemy.sql.conformance;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.TableClause;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.List;

/**
 * The lightweight tables of SQLAlchemy's {@code test/sql/test_compiler.py} ({@code table1}, {@code table2},
 * {@code table3}), built as {@code table()}/{@code column()} constructs are: no schema, no keys.
 */
final class Fixtures {
    /** {@code table("mytable", column("myid", Integer), column("name", String), column("description", String))}. */
    static final TableClause TABLE1 = table("mytable", col("myid", Types.INTEGER), col("name", Types.STRING),
            col("description", Types.STRING));
    /** {@code table("myothertable", column("otherid", Integer), column("othername", String))}. */
    static final TableClause TABLE2 = table("myothertable", col("otherid", Types.INTEGER),
            col("othername", Types.STRING));
    /** {@code table("thirdtable", column("userid", Integer), column("otherstuff", String))}. */
    static final TableClause TABLE3 = table("thirdtable", col("userid", Types.INTEGER),
            col("otherstuff", Types.STRING));

    private Fixtures() {
    }

    static TableClause table(String name, ColumnClause<?>... columns) {
        return new TableClause(name, null, List.of(columns));
    }

    static <T> ColumnClause<T> col(String name, SqlType<T> type) {
        return new ColumnClause<>(name, type);
    }
}
