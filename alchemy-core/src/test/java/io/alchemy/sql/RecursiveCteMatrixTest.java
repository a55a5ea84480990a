package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.Tutorial.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;

/** WITH RECURSIVE over a self-referencing table, and a CTE used twice, on every database. */
class RecursiveCteMatrixTest {
    private final MetaData metadata = new MetaData();
    private final Table node = metadata.table("node",
            column("id", Types.INTEGER).primaryKey(),
            column("parent_id", Types.INTEGER).references("node.id"),
            column("label", Types.STRING));

    /** A parameter set naming every column: an executemany takes its columns from the first set. */
    private static Map<String, Object> row(int id, Integer parent, String label) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("id", id);
        row.put("parent_id", parent);
        row.put("label", label);
        return row;
    }

    @MatrixTest
    void descendantsOfANode(TestDatabase db) {
        Engine engine = db.engine();
        metadata.createAll(engine);
        engine.begin(conn -> conn.execute(insert(node), List.of(row(1, null, "root"), row(2, 1, "a"), row(3, 2, "a.1"),
                row(4, 1, "b"), row(5, null, "other"))));
        Cte tree = select(node.c("id"), node.c("label")).where(node.c("id").eq(2)).cte("tree", true);
        Cte full = tree.unionAll(select(node.c("id"), node.c("label")).where(node.c("parent_id").eq(tree.c("id"))));
        assertThat(query(engine, select(full.c("label")).orderBy(full.c("id")))).containsExactly(Tutorial.row("a"), Tutorial.row("a.1"));

        Cte children = select(node.c("parent_id"), func.count(node.c("id")).label("n")).groupBy(node.c("parent_id")).cte();
        Alias parent = node.alias();
        assertThat(query(engine, select(parent.c("label"), children.c("n")).joinFrom(parent, children,
                parent.c("id").eq(children.c("parent_id"))).orderBy(parent.c("id")))).containsExactly(Tutorial.row("root", 2), Tutorial.row("a", 1));
    }
}
