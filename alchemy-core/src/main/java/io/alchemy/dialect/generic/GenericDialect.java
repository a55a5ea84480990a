package io.alchemy.dialect.generic;

import io.alchemy.dialect.DefaultDialect;
import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.UpsertClause;
import io.alchemy.sql.compiler.StatementCompiler;

/**
 * The dialect of no database in particular, used to display statements ({@code toString()}), like SQLAlchemy's
 * default string compiler: {@code :name} parameters, standard SQL. It accepts no JDBC URL, so no engine uses it.
 */
public final class GenericDialect extends DefaultDialect {
    /** The shared instance. */
    public static final GenericDialect INSTANCE = new GenericDialect();

    private GenericDialect() {
        super("default", null, null);
    }

    @Override
    public StatementCompiler statementCompiler(CompileOptions options) {
        return new DisplayCompiler(this, options);
    }

    /** Displays every dialect's upsert clause. */
    @Override
    public boolean supportsUpsert(UpsertClause clause) {
        return true;
    }

    /** Displays an INSERT, UPDATE or DELETE inside WITH, as PostgreSQL runs it. */
    @Override
    public boolean supportsDataModifyingCte() {
        return true;
    }

    /** Renders parameters as {@code :name}. */
    private static final class DisplayCompiler extends StatementCompiler {
        DisplayCompiler(Dialect dialect, CompileOptions options) {
            super(dialect, options);
        }

        @Override
        protected boolean usesNamedParameters() {
            return true;
        }

        /** SQLAlchemy's string compiler: the other tables follow the target after a comma. */
        @Override
        protected String deleteWithFroms(String table, java.util.List<String> others) {
            return "DELETE FROM " + table + " , " + String.join(", ", others);
        }

        /**
         * The locking keyword alone, as SQLAlchemy's default compiler prints it: OF, NOWAIT and SKIP LOCKED depend
         * on the database and show in that dialect's SQL.
         */
        @Override
        protected String forUpdateClause(io.alchemy.sql.ForUpdate forUpdate) {
            return forUpdate.read() ? " FOR SHARE" : " FOR UPDATE";
        }
    }
}
