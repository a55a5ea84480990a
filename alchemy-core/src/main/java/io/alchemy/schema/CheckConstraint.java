package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;

/**
 * CHECK with a SQL condition rendered verbatim in the DDL: {@code checkConstraint("price >= 0")}. The text is SQL,
 * not a value: only put trusted text here.
 */
public final class CheckConstraint extends Constraint {
    private final String sqlText;

    public CheckConstraint(String sqlText, String name) {
        super(name);
        if (sqlText == null || sqlText.isBlank()) {
            throw new ArgumentError("A check constraint needs a SQL condition");
        }
        this.sqlText = sqlText;
    }

    /** A check constraint with this condition. */
    public static CheckConstraint of(String sqlText) {
        return new CheckConstraint(sqlText, null);
    }

    /** The same constraint with a name. */
    public CheckConstraint name(String constraintName) {
        return new CheckConstraint(sqlText, constraintName);
    }

    /** The condition's SQL text. */
    public String sqlText() {
        return sqlText;
    }

    @Override
    public String toString() {
        return "CheckConstraint(" + namePrefix() + sqlText + ")";
    }
}
