package io.alchemy.schema;

import java.util.Objects;
import java.util.Set;

/**
 * CREATE TABLE with the columns and constraints, in SQLAlchemy's layout (one element per tab-indented line).
 * Foreign keys listed as {@code omitted} are left out, to be added later with {@link AddConstraint}.
 */
public final class CreateTable extends DdlElement {
    private final Table table;
    private final Set<ForeignKeyConstraint> omitted;
    private final boolean ifNotExists;

    public CreateTable(Table table) {
        this(table, Set.of());
    }

    public CreateTable(Table table, Set<ForeignKeyConstraint> omitted) {
        this(table, omitted, false);
    }

    private CreateTable(Table table, Set<ForeignKeyConstraint> omitted, boolean ifNotExists) {
        this.table = Objects.requireNonNull(table, "table");
        this.omitted = Set.copyOf(omitted);
        this.ifNotExists = ifNotExists;
    }

    /** The same statement as {@code CREATE TABLE IF NOT EXISTS}: nothing happens when the table exists. */
    public CreateTable ifNotExists() {
        return new CreateTable(table, omitted, true);
    }

    /** Whether this is {@code CREATE TABLE IF NOT EXISTS}. */
    public boolean isIfNotExists() {
        return ifNotExists;
    }

    /** The table to create. */
    public Table table() {
        return table;
    }

    /** Whether the constraint is rendered inside the CREATE TABLE. */
    public boolean includes(Constraint constraint) {
        return !(constraint instanceof ForeignKeyConstraint fk && omitted.contains(fk));
    }

    @Override
    public <C> String accept(DdlVisitor<C> visitor, C context) {
        return visitor.visitCreateTable(this, context);
    }
}
