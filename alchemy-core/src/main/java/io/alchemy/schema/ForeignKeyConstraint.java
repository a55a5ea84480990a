package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * FOREIGN KEY over one or more columns, each referring to a column of one other table:
 * {@code foreignKeyConstraint(List.of("order_id", "line"), List.of("order_line.order_id", "order_line.line"))},
 * with optional ON DELETE / ON UPDATE actions. A column's {@code references(...)} makes a single-column one.
 * {@link #useAlter()} asks for the constraint to be added with ALTER TABLE after the tables exist (done
 * automatically for the constraints of a dependency cycle).
 */
public final class ForeignKeyConstraint extends ColumnCollectionConstraint {
    private static final Set<String> ACTIONS = Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");

    private final List<String> targets;
    private final String ondelete;
    private final String onupdate;
    private final boolean useAlter;
    private List<ForeignKey> elements = List.of();

    public ForeignKeyConstraint(List<String> columnNames, List<String> targets) {
        this(columnNames, targets, null, null, null, false);
    }

    private ForeignKeyConstraint(List<String> columnNames, List<String> targets, String name, String ondelete,
            String onupdate, boolean useAlter) {
        super(columnNames, name);
        if (targets == null || targets.size() != columnNames.size()) {
            throw new ArgumentError("ForeignKeyConstraint" + columnNames + " needs one target per column, got " + targets);
        }
        targets.forEach(ForeignKey::new);
        if (targets.stream().map(t -> t.substring(0, t.lastIndexOf('.'))).distinct().count() > 1) {
            throw new ArgumentError("ForeignKeyConstraint targets must all be in one table: " + targets);
        }
        this.targets = List.copyOf(targets);
        this.ondelete = action(ondelete);
        this.onupdate = action(onupdate);
        this.useAlter = useAlter;
    }

    private static String action(String action) {
        if (action == null) {
            return null;
        }
        String normalized = action.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!ACTIONS.contains(normalized)) {
            throw new ArgumentError("Unknown referential action '" + action + "'; use one of " + ACTIONS);
        }
        return normalized;
    }

    /** The same constraint with a name. */
    public ForeignKeyConstraint name(String constraintName) {
        return new ForeignKeyConstraint(columnNames(), targets, constraintName, ondelete, onupdate, useAlter);
    }

    /** The same constraint with an ON DELETE action ({@code "CASCADE"}, {@code "SET NULL"}, …; null for none). */
    public ForeignKeyConstraint ondelete(String action) {
        return new ForeignKeyConstraint(columnNames(), targets, name(), action, onupdate, useAlter);
    }

    /** The same constraint with an ON UPDATE action. */
    public ForeignKeyConstraint onupdate(String action) {
        return new ForeignKeyConstraint(columnNames(), targets, name(), ondelete, action, useAlter);
    }

    /** The same constraint, always added with ALTER TABLE after the tables are created (where the database can). */
    public ForeignKeyConstraint useAlter() {
        return new ForeignKeyConstraint(columnNames(), targets, name(), ondelete, onupdate, true);
    }

    /** A fresh constraint like this one holding the column-level key {@code key} (for {@code references}). */
    ForeignKeyConstraint forColumnKey(ForeignKey key) {
        ForeignKeyConstraint copy = new ForeignKeyConstraint(columnNames(), targets, name(), ondelete, onupdate, useAlter);
        key.attach(key.parent(), copy);
        copy.elements = List.of(key);
        return copy;
    }

    @Override
    void validate(Table owner) {
        super.validate(owner);
        if (elements.isEmpty()) {
            List<ForeignKey> keys = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                ForeignKey key = new ForeignKey(targets.get(i));
                key.attach(owner.c(columnNames().get(i)), this);
                keys.add(key);
            }
            elements = List.copyOf(keys);
        }
    }

    /** The targets as written, one per column. */
    public List<String> targets() {
        return targets;
    }

    /** The keys, one per column (available once attached). */
    public List<ForeignKey> elements() {
        return elements;
    }

    /** The referenced table's key in the MetaData. */
    public String referredTableKey() {
        String first = targets.get(0);
        return first.substring(0, first.lastIndexOf('.'));
    }

    /** The referenced table (resolved through the MetaData; NoSuchTableError when it is not there). */
    public Table referredTable() {
        return elements.get(0).targetTable();
    }

    /** The ON DELETE action, or {@code null}. */
    public @Nullable String ondelete() {
        return ondelete;
    }

    /** The ON UPDATE action, or {@code null}. */
    public @Nullable String onupdate() {
        return onupdate;
    }

    /** Whether the constraint was declared {@link #useAlter()}. */
    public boolean isUseAlter() {
        return useAlter;
    }

    @Override
    public String toString() {
        return "ForeignKeyConstraint(" + namePrefix() + String.join(", ", columnNames()) + " -> "
                + String.join(", ", targets) + ")";
    }
}
