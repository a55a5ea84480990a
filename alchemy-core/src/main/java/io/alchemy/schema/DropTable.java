package io.alchemy.schema;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
import java.util.Objects;

/** DROP TABLE. */
public final class DropTable extends DdlElement {
    private final Table table;

    public DropTable(Table table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The table this statement is about. */
    public Table table() {
        return table;
    }

    @Override
    String render(DdlCompiler compiler, Dialect dialect) {
        return compiler.visitDropTable(this, dialect);
    }
}
