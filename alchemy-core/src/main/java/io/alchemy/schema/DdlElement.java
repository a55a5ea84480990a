package io.alchemy.schema;

import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.SqlDialect;
import io.alchemy.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * A DDL statement (CREATE TABLE, DROP INDEX, …) as an {@link Executable}: rendered by the dialect
 * ({@link SchemaDialect#renderDdl}), never cached, without parameters.
 */
public abstract class DdlElement implements Executable {

    DdlElement() {
    }

    /** Compiles for a {@link SchemaDialect} (every {@code io.alchemy.dialect.Dialect} is one). */
    @Override
    public final Compiled compile(SqlDialect dialect) {
        if (!(dialect instanceof SchemaDialect schemaDialect)) {
            throw new IllegalArgumentException("DDL compiles for a dialect that renders DDL, not " + dialect);
        }
        return Compiled.of(toSql(schemaDialect), StatementKind.DDL);
    }

    /** The SQL of this statement for {@code dialect}. */
    public final String toSql(SchemaDialect dialect) {
        return dialect.renderDdl(this);
    }

    /** DDL is not cached. */
    @Override
    public final @Nullable Object cacheKey() {
        return null;
    }

    /** Double dispatch to the visit method of {@code visitor} for this statement. */
    public abstract <C> String accept(DdlVisitor<C> visitor, C context);
}
