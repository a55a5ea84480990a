package io.alchemy.dialect;

import io.alchemy.exc.CompileError;
import io.alchemy.exc.IdentifierError;
import io.alchemy.schema.AddConstraint;
import io.alchemy.schema.Column;
import io.alchemy.schema.Computed;
import io.alchemy.schema.Identity;
import io.alchemy.schema.Constraint;
import io.alchemy.schema.CreateIndex;
import io.alchemy.schema.CreateSequence;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.DdlVisitor;
import io.alchemy.schema.DropConstraint;
import io.alchemy.schema.DropIndex;
import io.alchemy.schema.DropSequence;
import io.alchemy.schema.DropTable;
import io.alchemy.schema.Index;
import io.alchemy.schema.Sequence;
import io.alchemy.schema.SetColumnComment;
import io.alchemy.schema.SetTableComment;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.types.NullType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders DDL statements in SQLAlchemy's layout: {@code \nCREATE TABLE t (\n\tcol TYPE NOT NULL, \n\t...\n)\n\n}.
 * Column specifications and table-level constraints are built from small hooks that dialects override
 * (key generation, defaults, comments); constraint clauses come from {@link ConstraintRenderer}.
 */
public class DdlCompiler implements DdlVisitor<Dialect> {

    /** How a dialect stores table and column comments. */
    public enum CommentStyle {
        /** Comments are not supported and not written (SQLite). */
        NONE,
        /** Inside CREATE TABLE ({@code COMMENT 'x'}, MySQL). */
        INLINE,
        /** With COMMENT ON statements after CREATE TABLE (PostgreSQL, H2). */
        STATEMENT
    }

    /** How this dialect writes comments. */
    public CommentStyle commentStyle() {
        return CommentStyle.STATEMENT;
    }

    public String visitCreateTable(CreateTable create, Dialect dialect) {
        Table table = create.table();
        checkLength(table.name(), dialect);
        List<String> parts = new ArrayList<>();
        for (Column<?> column : table.tableColumns()) {
            checkLength(column.name(), dialect);
            parts.add(columnSpecification(column, dialect));
        }
        ConstraintRenderer constraints = constraintRenderer(dialect);
        for (Constraint constraint : table.constraints()) {
            if (create.includes(constraint) && rendersInCreateTable(constraint)) {
                checkLength(constraint.name(), dialect);
                parts.add(constraints.render(constraint));
            }
        }
        parts.addAll(constraints.enumChecks(table));
        return "\nCREATE TABLE " + (create.isIfNotExists() ? "IF NOT EXISTS " : "")
                + dialect.identifierPreparer().formatTable(table) + " (\n\t"
                + String.join(", \n\t", parts) + "\n)" + tableOptions(table, dialect) + "\n\n";
    }

    /** Whether CREATE TABLE writes this constraint; every one, unless the dialect cannot express it. */
    protected boolean rendersInCreateTable(Constraint constraint) {
        return true;
    }

    /** The renderer of constraint clauses for this dialect. */
    protected ConstraintRenderer constraintRenderer(Dialect dialect) {
        return new ConstraintRenderer(dialect);
    }

    /** One column inside CREATE TABLE: {@code name TYPE[ DEFAULT x][ NOT NULL]}. */
    protected String columnSpecification(Column<?> column, Dialect dialect) {
        StringBuilder spec = new StringBuilder(dialect.identifierPreparer().formatColumn(column)).append(' ')
                .append(columnType(column, dialect));
        String defaultSql = defaultClause(column, dialect);
        if (defaultSql != null) {
            spec.append(" DEFAULT ").append(defaultSql);
        }
        if (column.computed() != null) {
            spec.append(' ').append(computedClause(column.computed(), dialect));
        }
        String identity = column.identity() == null ? "" : identityClause(column, dialect);
        if (!identity.isEmpty()) {
            spec.append(' ').append(identity);
            // an identity is NOT NULL by itself: only an explicitly nullable one says so
            return spec.append(column.isNullable() ? " NULL" : "").toString();
        }
        spec.append(generatedClause(column, dialect));
        if (!column.isNullable()) {
            spec.append(" NOT NULL");
        }
        return spec.toString();
    }

    /** {@code GENERATED ALWAYS AS (sql)} with {@code STORED} / {@code VIRTUAL} as asked. */
    protected String computedClause(Computed computed, Dialect dialect) {
        String sql = "GENERATED ALWAYS AS (" + computed.sqlText() + ")";
        if (computed.persisted() == null) {
            return sql;
        }
        return sql + (computed.persisted() ? " STORED" : " VIRTUAL");
    }

    /**
     * {@code GENERATED ALWAYS | BY DEFAULT AS IDENTITY (options)}, standard SQL (PostgreSQL, H2); a dialect without
     * identity columns overrides it (an empty string: the column is its autoincrement).
     */
    protected String identityClause(Column<?> column, Dialect dialect) {
        Identity identity = column.identity();
        String options = identity.optionsSql();
        return "GENERATED " + (identity.isAlways() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + options + ")");
    }

    /**
     * For a dialect without identity columns: an identity without options on the table's autoincrement column is
     * that autoincrement; anything else is refused rather than created differently.
     */
    protected final void requireIdentityAsAutoincrement(Column<?> column, Dialect dialect) {
        if (column.identity() != null && (column.identity().hasOptions() || !column.isAutoincrement())) {
            throw new CompileError("Identity columns are not supported by the " + dialect.name() + " dialect: "
                    + "column " + column + " (" + column.identity() + ") can only be its table's autoincrement "
                    + "primary key, without options");
        }
    }

    /** The column's type in DDL; {@link CompileError} naming the column when it has none. */
    protected String columnType(Column<?> column, Dialect dialect) {
        if (column.type() instanceof NullType) {
            throw new CompileError("Column " + column + " has no type"
                    + (column.foreignKeys().isEmpty() ? "" : " and its foreign key target " + column.foreignKeys().get(0).target()
                    + " cannot be resolved"));
        }
        return dialect.typeCompiler().process(column.type());
    }

    /** The SQL after DEFAULT, or {@code null}: the server default, else the sequence's next value. */
    protected @Nullable String defaultClause(Column<?> column, Dialect dialect) {
        if (column.serverDefaultLiteral() != null) {
            return dialect.identifierPreparer().literal(column.serverDefaultLiteral());
        }
        if (column.serverDefault() != null) {
            return column.serverDefault();
        }
        if (column.sequence() != null && dialect.supportsSequences()) {
            return nextValue(column.sequence(), dialect);
        }
        return null;
    }

    /** The expression for a sequence's next value (standard {@code NEXT VALUE FOR s}). */
    protected String nextValue(Sequence sequence, Dialect dialect) {
        return "NEXT VALUE FOR " + formatSequence(sequence, dialect);
    }

    /** Text between the default and NOT NULL; H2 puts its IDENTITY clause here. */
    protected String generatedClause(Column<?> column, Dialect dialect) {
        return "";
    }

    /** Whether the database must generate this column's values (its autoincrement column, unless a sequence does). */
    protected boolean generatesKey(Column<?> column, Dialect dialect) {
        return column.isAutoincrement() && column.identity() == null
                && (column.sequence() == null || !dialect.supportsSequences());
    }

    /** Text after the closing parenthesis of CREATE TABLE (MySQL's {@code COMMENT='...'}). */
    protected String tableOptions(Table table, Dialect dialect) {
        return "";
    }

    public String visitDropTable(DropTable drop, Dialect dialect) {
        return "\nDROP TABLE " + (drop.isIfExists() ? "IF EXISTS " : "")
                + dialect.identifierPreparer().formatTable(drop.table());
    }

    public String visitCreateIndex(CreateIndex create, Dialect dialect) {
        Index index = create.index();
        checkLength(index.name(), dialect);
        IdentifierPreparer preparer = dialect.identifierPreparer();
        List<String> columns = new ArrayList<>();
        for (Column<?> column : index.columns()) {
            columns.add(indexColumn(index, column, dialect));
        }
        return "CREATE " + indexKeyword(index) + (create.isIfNotExists() ? "IF NOT EXISTS " : "")
                + preparer.quote(index.name()) + " ON " + preparer.formatTable(index.table())
                + indexMethod(index, dialect) + " (" + String.join(", ", columns) + ")" + indexSuffix(index, dialect);
    }

    /** {@code [UNIQUE ]INDEX }, and what a dialect adds around it ({@code FULLTEXT}, {@code CONCURRENTLY}). */
    protected String indexKeyword(Index index) {
        return (index.isUnique() ? "UNIQUE " : "") + "INDEX ";
    }

    /** What comes between the table and the column list ({@code USING gist} on PostgreSQL). */
    protected String indexMethod(Index index, Dialect dialect) {
        return "";
    }

    /** One column of the index ({@code data}, {@code data(10)} with a MySQL key prefix length). */
    protected String indexColumn(Index index, Column<?> column, Dialect dialect) {
        return dialect.identifierPreparer().formatColumn(column);
    }

    /**
     * What follows the column list: the partial index's {@code WHERE} where the dialect has partial indexes
     * ({@link #partialIndexes()}); elsewhere a partial index is refused, never created whole.
     */
    protected String indexSuffix(Index index, Dialect dialect) {
        if (index.predicate() == null) {
            return "";
        }
        if (!partialIndexes()) {
            throw new CompileError("Partial indexes (Index.where) are not supported by the " + dialect.name()
                    + " dialect: index '" + index.name() + "'");
        }
        return " WHERE " + ddlExpression(index.predicate(), dialect);
    }

    /** Whether {@code CREATE INDEX … WHERE predicate} exists here. */
    protected boolean partialIndexes() {
        return false;
    }

    /** An expression of DDL: bare column names, values as SQL literals of the dialect. */
    protected final String ddlExpression(ColumnElement<?> expression, Dialect dialect) {
        return dialect.statementCompiler(CompileOptions.literalBinds()).ddlExpression(expression);
    }

    public String visitDropIndex(DropIndex drop, Dialect dialect) {
        IdentifierPreparer preparer = dialect.identifierPreparer();
        return "\nDROP INDEX " + (drop.isIfExists() ? "IF EXISTS " : "")
                + preparer.formatTable(drop.index().table().schema(), drop.index().name());
    }

    public String visitAddConstraint(AddConstraint add, Dialect dialect) {
        if (!dialect.supportsAlterAddConstraint()) {
            throw new CompileError(dialect.name() + " cannot add a constraint to an existing table: " + add.constraint());
        }
        checkLength(add.constraint().name(), dialect);
        return "ALTER TABLE " + dialect.identifierPreparer().formatTable(add.constraint().table()) + " ADD "
                + constraintRenderer(dialect).render(add.constraint());
    }

    public String visitDropConstraint(DropConstraint drop, Dialect dialect) {
        Constraint constraint = drop.constraint();
        if (drop.name() == null) {
            throw new CompileError("Cannot drop the unnamed constraint " + constraint + "; give it a name");
        }
        return "ALTER TABLE " + dialect.identifierPreparer().formatTable(constraint.table()) + " DROP "
                + dropConstraintKeyword(constraint) + " " + dialect.identifierPreparer().quote(drop.name());
    }

    /** {@code CONSTRAINT}; MySQL says {@code FOREIGN KEY} / {@code INDEX} / {@code CHECK} instead. */
    protected String dropConstraintKeyword(Constraint constraint) {
        return "CONSTRAINT";
    }

    public String visitCreateSequence(CreateSequence create, Dialect dialect) {
        Sequence sequence = create.sequence();
        checkLength(sequence.name(), dialect);
        return "CREATE SEQUENCE " + formatSequence(sequence, dialect)
                + (sequence.increment() == null ? "" : " INCREMENT BY " + sequence.increment())
                + (sequence.start() == null ? "" : " START WITH " + sequence.start());
    }

    public String visitDropSequence(DropSequence drop, Dialect dialect) {
        return "DROP SEQUENCE " + formatSequence(drop.sequence(), dialect);
    }

    /**
     * Raises {@link IdentifierError} when {@code name} is longer than the dialect keeps (SQLAlchemy's message), instead
     * of letting the database truncate it: a truncated name makes the next {@code createAll} try again and reflection
     * look for a table that is not there.
     */
    protected static void checkLength(@Nullable String name, Dialect dialect) {
        int max = dialect.maxIdentifierLength();
        if (name != null && max > 0 && dialect.identifierLength(name) > max) {
            throw new IdentifierError("Identifier '" + name + "' exceeds maximum length of " + max + " characters");
        }
    }

    /** A sequence's name, schema-qualified when it has a schema. */
    protected String formatSequence(Sequence sequence, Dialect dialect) {
        return dialect.identifierPreparer().formatTable(sequence.schema(), sequence.name());
    }

    public String visitSetTableComment(SetTableComment set, Dialect dialect) {
        IdentifierPreparer preparer = dialect.identifierPreparer();
        String comment = set.table().comment();
        return "COMMENT ON TABLE " + preparer.formatTable(set.table()) + " IS "
                + (comment == null ? "NULL" : preparer.literal(comment));
    }

    public String visitSetColumnComment(SetColumnComment set, Dialect dialect) {
        IdentifierPreparer preparer = dialect.identifierPreparer();
        Column<?> column = set.column();
        return "COMMENT ON COLUMN " + preparer.formatTable(column.owner()) + "." + preparer.formatColumn(column) + " IS "
                + (column.comment() == null ? "NULL" : preparer.literal(column.comment()));
    }
}
