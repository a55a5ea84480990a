package io.alchemy.schema;

import io.alchemy.sql.ColumnClause;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A table column (SQLAlchemy's {@code Column}), built immutably: every option returns a new column, so
 * {@code column("id", INTEGER).primaryKey()} reads like SQLAlchemy's keyword arguments. The instance given to
 * {@link MetaData#table} becomes the table's column, so a typed reference kept by the caller
 * ({@code Column<String> name = column("name", string(30))}) can be used in statements.
 *
 * <p>A column declared without a type ({@code column("user_id").references("user_account.id")}) takes the type of
 * its foreign key's target once that table is in the MetaData. A primary key column is NOT NULL unless
 * {@link #nullable(boolean)} says otherwise.
 *
 * @param <T> the Java type of the column's values
 */
public final class Column<T> extends ColumnClause<T> implements TableElement {
    private final SqlType<T> declaredType;
    private boolean primaryKeyFlag;
    private Boolean nullable;
    private ColumnDefault defaultValue;
    private ColumnDefault onupdate;
    private String serverDefault;
    private String serverDefaultLiteral;
    private boolean unique;
    private boolean indexed;
    private Boolean autoincrement;
    private String comment;
    private Sequence sequence;
    private @Nullable Identity identity;
    private @Nullable Computed computed;
    private List<ForeignKey> foreignKeys = List.of();

    /** A column named {@code name} of {@code type}; {@code null} type: taken from the foreign key target. */
    public Column(String name, SqlType<T> type) {
        super(name, type);
        this.declaredType = type;
    }

    private Column<T> copy() {
        Column<T> c = new Column<>(name(), declaredType);
        c.primaryKeyFlag = primaryKeyFlag;
        c.nullable = nullable;
        c.defaultValue = defaultValue;
        c.onupdate = onupdate;
        c.serverDefault = serverDefault;
        c.serverDefaultLiteral = serverDefaultLiteral;
        c.unique = unique;
        c.indexed = indexed;
        c.autoincrement = autoincrement;
        c.comment = comment;
        c.sequence = sequence;
        c.identity = identity;
        c.computed = computed;
        List<ForeignKey> keys = new ArrayList<>();
        for (ForeignKey fk : foreignKeys) {
            keys.add(c.newForeignKey(fk.target(), fk.constraint()));
        }
        c.foreignKeys = List.copyOf(keys);
        return c;
    }

    private ForeignKey newForeignKey(String target, ForeignKeyConstraint options) {
        ForeignKey fk = new ForeignKey(target);
        fk.attach(this, options);
        return fk;
    }

    /** A copy of this column with one option changed. */
    private Column<T> with(java.util.function.Consumer<Column<T>> change) {
        Column<T> c = copy();
        change.accept(c);
        return c;
    }

    // ------------------------------------------------------------------ options (each returns a new column)

    /** Part of the table's primary key (and so NOT NULL unless {@link #nullable(boolean) nullable(true)}). */
    public Column<T> primaryKey() {
        return with(c -> c.primaryKeyFlag = true);
    }

    /** Whether NULL is allowed; the default is true, false for primary key columns. */
    public Column<T> nullable(boolean allowNull) {
        return with(c -> c.nullable = allowNull);
    }

    /** A value Alchemy supplies on INSERT when none is given (applied in Java, not in DDL). */
    public Column<T> defaultValue(T value) {
        return with(c -> c.defaultValue = ColumnDefault.of(value));
    }

    /** A value computed by Alchemy for each INSERTed row that gives none ({@code defaultValue(UUID::randomUUID)}). */
    public Column<T> defaultValue(Supplier<? extends T> supplier) {
        return with(c -> c.defaultValue = ColumnDefault.computed(supplier));
    }

    /** A value Alchemy supplies on UPDATE when the statement does not set this column. */
    public Column<T> onupdate(T value) {
        return with(c -> c.onupdate = ColumnDefault.of(value));
    }

    /** A value computed by Alchemy on each UPDATE that does not set this column ({@code LocalDateTime::now}). */
    public Column<T> onupdate(Supplier<? extends T> supplier) {
        return with(c -> c.onupdate = ColumnDefault.computed(supplier));
    }

    /**
     * A default the database applies, as SQL rendered verbatim after {@code DEFAULT} in the DDL:
     * {@code serverDefault("0")}, {@code serverDefault("CURRENT_TIMESTAMP")}, {@code serverDefault("'new'")}.
     * Only put trusted text here; for a string value use {@link #serverDefaultLiteral(String)}.
     */
    public Column<T> serverDefault(String sqlText) {
        return with(c -> {
            c.serverDefault = Objects.requireNonNull(sqlText, "sqlText");
            c.serverDefaultLiteral = null;
        });
    }

    /**
     * A server default that is the string {@code value}, rendered in the DDL as the dialect's quoted SQL literal
     * (MySQL and MariaDB also escape backslashes).
     */
    public Column<T> serverDefaultLiteral(String value) {
        Objects.requireNonNull(value, "value");
        return with(c -> {
            c.serverDefault = "'" + value.replace("'", "''") + "'";
            c.serverDefaultLiteral = value;
        });
    }

    /** The string given to {@link #serverDefaultLiteral(String)}, or {@code null}. */
    public @Nullable String serverDefaultLiteral() {
        return serverDefaultLiteral;
    }

    /** A single-column UNIQUE constraint (a unique index when combined with {@link #index()}). */
    public Column<T> unique() {
        return with(c -> c.unique = true);
    }

    /** An index on this column, named {@code ix_<table>_<column>}. */
    public Column<T> index() {
        return with(c -> c.indexed = true);
    }

    /**
     * Whether this integer primary key column is generated by the database (SERIAL, AUTO_INCREMENT, IDENTITY).
     * By default it is for a single-column integer primary key without a foreign key.
     */
    public Column<T> autoincrement(boolean generated) {
        return with(c -> c.autoincrement = generated);
    }

    /** The column's comment, written to the database where it supports comments. */
    public Column<T> comment(String text) {
        return with(c -> c.comment = text);
    }

    /** Values come from a database sequence (on databases that have sequences; elsewhere it is autoincrement). */
    public Column<T> sequence(Sequence seq) {
        return with(c -> c.sequence = Objects.requireNonNull(seq, "sequence"));
    }

    /** A foreign key to {@code "table.column"} (or {@code "schema.table.column"}). */
    public Column<T> references(String target) {
        return references(target, null, null);
    }

    /** A foreign key with ON DELETE / ON UPDATE actions ({@code "CASCADE"}, {@code "SET NULL"}, … or null). */
    public Column<T> references(String target, String ondelete, String onupdate) {
        Column<T> c = copy();
        List<ForeignKey> keys = new ArrayList<>(c.foreignKeys);
        ForeignKeyConstraint options = new ForeignKeyConstraint(List.of(name()), List.of(target)).ondelete(ondelete)
                .onupdate(onupdate);
        keys.add(c.newForeignKey(target, options));
        c.foreignKeys = List.copyOf(keys);
        return c;
    }

    /** A foreign key to a column of a table already defined. */
    public Column<T> references(Column<?> target) {
        if (target.table() == null) {
            throw new io.alchemy.exc.ArgumentError("Column '" + target.name() + "' belongs to no table; it cannot be referenced");
        }
        return references(target.table().fullName() + "." + target.name());
    }

    // ------------------------------------------------------------------ what the column is

    /**
     * The column's type: the declared one, else the type of the foreign key target once it can be resolved,
     * else {@link Types#NULLTYPE}.
     */
    @Override
    @SuppressWarnings("unchecked")
    public SqlType<T> type() {
        Column<?> current = this;
        for (int hops = 0; hops < 32 && current != null; hops++) {
            if (current.declaredType != null) {
                return (SqlType<T>) current.declaredType;
            }
            current = current.foreignKeys.isEmpty() ? null : current.foreignKeys.get(0).columnOrNull();
        }
        return (SqlType<T>) Types.NULLTYPE;
    }

    /** The type given when declaring the column, or {@code null}. */
    public @Nullable SqlType<T> declaredType() {
        return declaredType;
    }

    /** The table this column belongs to, or {@code null} before it is added to one. */
    public @Nullable Table owner() {
        return (Table) table();
    }

    /** Whether the column is part of its table's primary key (before attachment: whether it was declared so). */
    public boolean isPrimaryKey() {
        return owner() == null ? primaryKeyFlag : owner().primaryKey().contains(this);
    }

    /** Whether the column was declared with {@link #primaryKey()}. */
    boolean declaredPrimaryKey() {
        return primaryKeyFlag;
    }

    /** Whether NULL is allowed: as declared, else not for primary key columns. */
    public boolean isNullable() {
        return nullable != null ? nullable : !isPrimaryKey();
    }

    /** The Java-side INSERT default, or {@code null}. */
    public @Nullable ColumnDefault defaultValue() {
        return defaultValue;
    }

    /** The Java-side UPDATE default, or {@code null}. */
    public @Nullable ColumnDefault onupdate() {
        return onupdate;
    }

    /** The server default's SQL text, or {@code null}. */
    public @Nullable String serverDefault() {
        return serverDefault;
    }

    /** Whether {@link #unique()} was declared. */
    public boolean isUnique() {
        return unique;
    }

    /** Whether {@link #index()} was declared. */
    public boolean isIndexed() {
        return indexed;
    }

    /** The declared autoincrement setting: {@code null} means "auto". */
    public @Nullable Boolean autoincrementSetting() {
        return autoincrement;
    }

    /** Whether the database generates this column's values (its table's autoincrement column). */
    public boolean isAutoincrement() {
        return owner() != null && owner().autoincrementColumn() == this;
    }

    /** The comment, or {@code null}. */
    public @Nullable String comment() {
        return comment;
    }

    /** The sequence, or {@code null}. */
    public @Nullable Sequence sequence() {
        return sequence;
    }

    /**
     * An identity column ({@code GENERATED ALWAYS AS IDENTITY (…)}); NOT NULL unless {@link #nullable(boolean)} says
     * otherwise afterwards, as SQLAlchemy's {@code Identity} makes it.
     */
    public Column<T> identity(Identity generation) {
        Objects.requireNonNull(generation, "identity");
        return with(c -> {
            c.identity = generation;
            if (c.nullable == null) {
                c.nullable = false;
            }
        });
    }

    /** The identity generation, or {@code null}. */
    public @Nullable Identity identity() {
        return identity;
    }

    /** A generated column: {@code GENERATED ALWAYS AS (sql) [STORED | VIRTUAL]}. */
    public Column<T> computed(Computed expression) {
        return with(c -> c.computed = Objects.requireNonNull(expression, "computed"));
    }

    /** The generated column's expression, or {@code null}. */
    public @Nullable Computed computed() {
        return computed;
    }

    /** The column-level and constraint-level foreign keys of this column. */
    public List<ForeignKey> foreignKeys() {
        if (owner() == null) {
            return foreignKeys;
        }
        return owner().foreignKeys().stream().filter(fk -> fk.parent() == this).toList();
    }

    /** The foreign keys declared on this column itself with {@link #references}. */
    List<ForeignKey> declaredForeignKeys() {
        return foreignKeys;
    }

    /** A representation like SQLAlchemy's: {@code Column('name', VARCHAR(30), table=<user_account>)}. */
    public String repr() {
        StringBuilder out = new StringBuilder("Column('").append(name()).append("', ").append(type());
        if (owner() != null) {
            out.append(", table=<").append(owner().name()).append('>');
        }
        if (isPrimaryKey()) {
            out.append(", primary_key=True");
        }
        if (!isNullable()) {
            out.append(", nullable=False");
        }
        return out.append(')').toString();
    }
}
