package io.alchemy.dialect.sqlite;

import java.util.List;
import io.alchemy.dialect.ConstraintRenderer;
import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
import io.alchemy.schema.Column;
import io.alchemy.schema.Constraint;
import io.alchemy.schema.ForeignKeyConstraint;
import io.alchemy.schema.Table;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's DDL, exactly as SQLAlchemy emits it. An INTEGER primary key needs no keyword to autoincrement (it is
 * the rowid alias); comments are not supported and not written; constraints cannot be added with ALTER TABLE.
 * A default expression is parenthesized (SQLite accepts only literals and names bare); a foreign key names its
 * target table without a schema, and one whose target is in another schema is left out (SQLite cannot express it).
 */
public class SQLiteDdlCompiler extends DdlCompiler {
    private static final Pattern QUOTED_OR_GROUPED = Pattern.compile("^\\s*['\"(]");
    private static final Pattern NON_WORD = Pattern.compile("\\W");

    @Override
    public CommentStyle commentStyle() {
        return CommentStyle.NONE;
    }

    @Override
    protected @Nullable String defaultClause(Column<?> column, Dialect dialect) {
        String sql = super.defaultClause(column, dialect);
        if (sql != null && !QUOTED_OR_GROUPED.matcher(sql).find() && NON_WORD.matcher(sql).find()) {
            return "(" + sql + ")";
        }
        return sql;
    }

    @Override
    protected boolean rendersInCreateTable(Constraint constraint) {
        if (constraint instanceof ForeignKeyConstraint fk) {
            return Objects.equals(fk.table().schema(), fk.referredTable().schema());
        }
        return true;
    }

    @Override
    protected ConstraintRenderer constraintRenderer(Dialect dialect) {
        return new ConstraintRenderer(dialect) {
            @Override
            protected String referencedTable(Table target) {
                return dialect.identifierPreparer().formatTable(null, target.name());
            }
        };
    }

    /** SQLite has partial indexes: {@code CREATE INDEX … WHERE predicate}. */
    @Override
    protected boolean partialIndexes() {
        return true;
    }

    /** No identity columns: an identity without options on the INTEGER PRIMARY KEY is its rowid alias. */
    @Override
    protected String identityClause(Column<?> column, Dialect dialect) {
        requireIdentityAsAutoincrement(column, dialect);
        return "";
    }

    /** {@code WITHOUT ROWID}, {@code STRICT} ({@link SQLiteTableOptions}), comma-separated. */
    @Override
    protected String tableOptions(Table table, Dialect dialect) {
        SQLiteTableOptions options = table.dialectOptions(SQLiteTableOptions.class);
        if (options == null) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (options.isWithoutRowid()) {
            parts.add("WITHOUT ROWID");
        }
        if (options.isStrict()) {
            parts.add("STRICT");
        }
        return parts.isEmpty() ? "" : " " + String.join(", ", parts);
    }
}
