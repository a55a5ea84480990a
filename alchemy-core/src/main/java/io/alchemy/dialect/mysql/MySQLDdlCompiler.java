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
import java.util.Set;
import java.util.Map;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.ArrayList;

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

    /**
     * The table options after the closing parenthesis, as SQLAlchemy writes them: {@link MySQLTableOptions} in the
     * order given (a character set before its collation), the comment, then partitioning.
     */
    @Override
    protected String tableOptions(Table table, Dialect dialect) {
        MySQLTableOptions given = table.dialectOptions(MySQLTableOptions.class);
        Map<String, String> options = new LinkedHashMap<>(given == null ? Map.of() : given.options());
        if (table.comment() != null) {
            options.put("COMMENT", dialect.identifierPreparer().literal(table.comment()));
        }
        List<String> plain = new ArrayList<>();
        String collate = null;
        for (Map.Entry<String, String> option : options.entrySet()) {
            String name = option.getKey();
            if (PARTITIONING.contains(name)) {
                continue;
            }
            String text = tableOption(name, option.getValue());
            if (name.equals("COLLATE") && options.keySet().stream().anyMatch(CHARSETS::contains)) {
                collate = text; // after the character set
            } else {
                plain.add(text);
                if (CHARSETS.contains(name) && collate != null) {
                    plain.add(collate);
                    collate = null;
                }
            }
        }
        if (collate != null) {
            plain.add(collate);
        }
        for (String name : PARTITIONING) {
            if (options.containsKey(name)) {
                plain.add(name.replace('_', ' ') + " " + options.get(name));
            }
        }
        return plain.isEmpty() ? "" : String.join(" ", plain);
    }

    private static final List<String> PARTITIONING = List.of("PARTITION_BY", "PARTITIONS", "SUBPARTITION_BY",
            "SUBPARTITIONS");
    private static final Set<String> CHARSETS = Set.of("CHARSET", "CHARACTER_SET", "DEFAULT_CHARSET",
            "DEFAULT_CHARACTER_SET");

    /** {@code NAME=value}; {@code COLLATE x}, {@code CHARACTER SET x}, {@code TABLESPACE x} with a space. */
    private static String tableOption(String name, String value) {
        String keyword = Set.of("DATA_DIRECTORY", "INDEX_DIRECTORY", "DEFAULT_CHARACTER_SET", "CHARACTER_SET",
                "DEFAULT_CHARSET", "DEFAULT_COLLATE").contains(name) ? name.replace('_', ' ') : name;
        boolean spaced = Set.of("TABLESPACE", "DEFAULT CHARACTER SET", "CHARACTER SET", "COLLATE").contains(keyword);
        return keyword + (spaced ? " " : "=") + value;
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
