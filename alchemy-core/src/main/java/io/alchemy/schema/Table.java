package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import io.alchemy.sql.TableClause;
import io.alchemy.types.IntegerType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table of a {@link MetaData} (SQLAlchemy's {@code Table}): columns, primary key, foreign keys, unique and check
 * constraints, indexes and a comment. Made by {@link MetaData#table}; its structure is fixed once made.
 */
public final class Table extends TableClause {
    private final MetaData metadata;
    private final PrimaryKeyConstraint primaryKey;
    private final List<Constraint> constraints;
    private final List<Index> indexes;
    private final String comment;
    private final List<DialectTableOptions> dialectOptions;

    Table(MetaData metadata, @Nullable String schema, String name, List<TableElement> elements) {
        super(name, schema, TableElements.columns(elements));
        this.metadata = metadata;
        TableElements parts = new TableElements(this, elements);
        this.primaryKey = parts.primaryKey();
        this.constraints = parts.constraints();
        this.indexes = parts.indexes();
        this.comment = parts.comment();
        this.dialectOptions = parts.dialectOptions();
        primaryKey.attach(this);
        constraints.forEach(c -> c.attach(this));
        indexes.forEach(i -> i.attach(this));
    }

    /** The MetaData this table belongs to. */
    public MetaData metadata() {
        return metadata;
    }

    /** The column with this key, as {@code Column<Object>}; {@link io.alchemy.exc.NoSuchColumnError} when none. */
    @Override
    @SuppressWarnings("unchecked")
    public Column<Object> c(String key) {
        return (Column<Object>) super.c(key);
    }

    /** The column with this key, typed; {@link ArgumentError} when its values are not {@code javaType}. */
    @SuppressWarnings("unchecked")
    public <T> Column<T> c(String key, Class<T> javaType) {
        Column<?> column = c(key);
        Class<?> actual = column.type().javaType();
        if (!javaType.isAssignableFrom(actual)) {
            throw new ArgumentError("Column '" + fullName() + "." + key + "' holds " + actual.getName() + " ("
                    + column.type() + "), not " + javaType.getName());
        }
        return (Column<T>) column;
    }

    /** The columns, in table order, as schema columns. */
    public List<Column<?>> tableColumns() {
        return columns().stream().<Column<?>>map(c -> (Column<?>) c).toList();
    }

    /** The primary key; empty ({@link PrimaryKeyConstraint#isEmpty()}) when the table has none. */
    public PrimaryKeyConstraint primaryKey() {
        return primaryKey;
    }

    /** Every constraint: the primary key (when not empty) first, then the others in declaration order. */
    public List<Constraint> constraints() {
        List<Constraint> all = new ArrayList<>();
        if (!primaryKey.isEmpty()) {
            all.add(primaryKey);
        }
        all.addAll(constraints);
        return List.copyOf(all);
    }

    /** The foreign key constraints, in declaration order. */
    public List<ForeignKeyConstraint> foreignKeyConstraints() {
        return constraints.stream().filter(ForeignKeyConstraint.class::isInstance).map(ForeignKeyConstraint.class::cast)
                .toList();
    }

    /** The foreign keys of all foreign key constraints: {@code [ForeignKey(address.user_id -> user_account.id)]}. */
    public List<ForeignKey> foreignKeys() {
        return foreignKeyConstraints().stream().flatMap(c -> c.elements().stream()).toList();
    }

    /** The indexes, in declaration order. */
    public List<Index> indexes() {
        return indexes;
    }

    /** The options of the dialect whose options class is {@code type}, or {@code null} when none were given. */
    public <T extends DialectTableOptions> @Nullable T dialectOptions(Class<T> type) {
        for (DialectTableOptions each : dialectOptions) {
            if (type.isInstance(each)) {
                return type.cast(each);
            }
        }
        return null;
    }

    /** The table comment, or {@code null}. */
    public @Nullable String comment() {
        return comment;
    }

    /**
     * The column the database generates values for (SERIAL, AUTO_INCREMENT, IDENTITY, SQLite's rowid), or
     * {@code null}: a single-column integer primary key without foreign key or server default unless declared
     * {@code autoincrement(true)}, and never one declared {@code autoincrement(false)}.
     */
    public Column<?> autoincrementColumn() {
        List<Column<?>> key = primaryKey.columns();
        for (Column<?> column : key) {
            if (Boolean.TRUE.equals(column.autoincrementSetting())) {
                return column;
            }
        }
        if (key.size() != 1) {
            return null;
        }
        Column<?> only = key.get(0);
        boolean eligible = only.autoincrementSetting() == null && only.type() instanceof IntegerType
                && only.declaredForeignKeys().isEmpty() && foreignKeysOf(only).isEmpty()
                && only.serverDefault() == null && only.defaultValue() == null;
        return eligible ? only : null;
    }

    private List<ForeignKey> foreignKeysOf(Column<?> column) {
        return foreignKeys().stream().filter(fk -> fk.parent() == column).toList();
    }

    /** CREATE TABLE (and its indexes) on {@code engine}, in a transaction; fails if the table exists. */
    public void create(SchemaEngine engine) {
        engine.inSchemaTransaction(this::create);
    }

    /** CREATE TABLE and its indexes on {@code connection}, in its current transaction. */
    public void create(SchemaConnection connection) {
        new SchemaCreator(connection, false).createTables(List.of(this));
    }

    /** DROP TABLE on {@code engine}, in a transaction; fails if the table does not exist. */
    public void drop(SchemaEngine engine) {
        engine.inSchemaTransaction(this::drop);
    }

    /** DROP TABLE on {@code connection}. */
    public void drop(SchemaConnection connection) {
        new SchemaDropper(connection, false).dropTables(List.of(this));
    }

    /** Whether the table exists in the database {@code engine} connects to. */
    public boolean exists(SchemaEngine engine) {
        return new Inspector(engine).hasTable(schema(), name());
    }

    /** A representation like SQLAlchemy's repr: {@code Table('user_account', MetaData(), Column(...), ...)}. */
    public String repr() {
        StringBuilder out = new StringBuilder("Table('").append(name()).append("', MetaData()");
        tableColumns().forEach(c -> out.append(", ").append(c.repr()));
        return out.append(", schema=").append(schema() == null ? "None" : "'" + schema() + "'").append(')').toString();
    }
}
