package io.alchemy.sql;

/**
 * How a SELECT names the columns of its columns clause (SQLAlchemy's {@code LABEL_STYLE_*}), set with
 * {@link Select#setLabelStyle}.
 */
public enum LabelStyle {
    /** The default: columns keep their names; a second column of the same name is labelled apart ({@code name_1}). */
    DISAMBIGUATE_ONLY,
    /**
     * Every table column is labelled {@code <table>_<column>} ({@code mytable.myid AS mytable_myid}; a schema is
     * prefixed with its dots as {@code _}); a different column with the same label gets {@code _1}, the same column
     * repeated {@code __1}. Columns of an anonymous alias or subquery keep their names.
     */
    TABLENAME_PLUS_COL
}
