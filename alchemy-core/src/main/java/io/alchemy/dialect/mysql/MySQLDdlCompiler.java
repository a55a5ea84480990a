package io.alchemy.dialect.mysql;

import io.alchemy.schema.Index;
import io.alchemy.dialect.DdlCompiler;
import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.IdentifierPreparer;
import io.alchemy.schema.CheckConstraint;
import io.alchemy.schema.Column;
import io.alchemy.schema.Constraint;
import io.alchemy.schema.DropIndex;
import io.alchemy.schema.ForeignKeyConstraint;
import io.alchemy.schema.Table;

/**
 * MySQL / MariaDB DDL as SQLAlchemy emits it: {@code name TYPE NOT NULL DEFAULT x AUTO_INCREMENT COMMENT 'c'},
 * the table comment as {@code COMMENT=...}, {@code DROP INDEX ix ON t} and {@code DROP FOREIGN KEY}.
 */
public class MySQLDdlCompiler extends DdlCompiler {

    @Override
    public CommentStyle commentStyle() {
        return CommentStyle.INLINE;
    }

    @Override
    protected String columnSpecification(Column<?> column, Dialect dialect) {
        IdentifierPreparer preparer = dialect.identifierPreparer();
        StringBuilder spec = new StringBuilder(preparer.formatColumn(column)).append(' ').append(columnType(column, dialect));
        if (column.computed() != null) {
            spec.append(' ').append(computedClause(column.computed(), dialect));
        }
        requireIdentityAsAutoincrement(column, dialect);
        if (!column.isNullable()) {
            spec.append(" NOT NULL");
        }
        String defaultSql = defaultClause(column, dialect);
        if (defaultSql != null) {
            spec.append(" DEFAULT ").append(defaultSql);
        }
        if (generatesKey(column, dialect) || column.identity() != null) {
            spec.append(" AUTO_INCREMENT");
        }
        if (column.comment() != null) {
            spec.append(" COMMENT ").append(preparer.literal(column.comment()));
        }
        return spec.toString();
    }

    @Override
    protected String tableOptions(Table table, Dialect dialect) {
        return table.comment() == null ? "" : " COMMENT=" + dialect.identifierPreparer().literal(table.comment());
    }

    @Override
    public String visitDropIndex(DropIndex drop, Dialect dialect) {
        IdentifierPreparer preparer = dialect.identifierPreparer();
        return "\nDROP INDEX " + (drop.isIfExists() ? "IF EXISTS " : "") + preparer.quote(drop.index().name())
                + " ON " + preparer.formatTable(drop.index().table());
    }

    @Override
    protected String dropConstraintKeyword(Constraint constraint) {
        if (constraint instanceof ForeignKeyConstraint) {
            return "FOREIGN KEY";
        }
        return constraint instanceof CheckConstraint ? "CHECK" : "INDEX";
    }

    @Override
    protected String indexKeyword(Index index) {
        MySQLIndexOptions options = index.dialectOptions(MySQLIndexOptions.class);
        String prefix = options == null || options.prefix() == null ? "" : options.prefix() + " ";
        return (index.isUnique() ? "UNIQUE " : "") + prefix + "INDEX ";
    }

    /** A key prefix length after the column: {@code data(10)}. */
    @Override
    protected String indexColumn(Index index, Column<?> column, Dialect dialect) {
        MySQLIndexOptions options = index.dialectOptions(MySQLIndexOptions.class);
        Integer length = options == null ? null : options.lengthOf(column.name());
        return super.indexColumn(index, column, dialect) + (length == null ? "" : "(" + length + ")");
    }

    /** {@code WITH PARSER p USING method}; no partial indexes here. */
    @Override
    protected String indexSuffix(Index index, Dialect dialect) {
        String suffix = super.indexSuffix(index, dialect);
        MySQLIndexOptions options = index.dialectOptions(MySQLIndexOptions.class);
        if (options == null) {
            return suffix;
        }
        return suffix + (options.parser() == null ? "" : " WITH PARSER " + options.parser())
                + (options.using() == null ? "" : " USING " + dialect.identifierPreparer().quote(options.using()));
    }
}
