package io.alchemy.schema;

import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.SqlDialect;
import io.alchemy.sql.StatementKind;

/**
 * A DDL statement (CREATE TABLE, DROP INDEX, …) as an {@link Executable}: compiled by the dialect's
 * {@link DdlCompiler}, never cached, without parameters.
 */
public abstract class DdlElement implements Executable {

    DdlElement() {
    }

    @Override
    public final Compiled compile(SqlDialect dialect) {
        if (!(dialect instanceof Dialect ddlDialect)) {
            throw new IllegalArgumentException("DDL compiles for a Dialect, not " + dialect);
        }
        return Compiled.of(toSql(ddlDialect), StatementKind.DDL);
    }

    /** The SQL of this statement for {@code dialect}. */
    public final String toSql(Dialect dialect) {
        return render(dialect.ddlCompiler(), dialect);
    }

    /** DDL is not cached. */
    @Override
    public final Object cacheKey() {
        return null;
    }

    /** Double dispatch to the compiler's visit method for this statement. */
    abstract String render(DdlCompiler compiler, Dialect dialect);
}
