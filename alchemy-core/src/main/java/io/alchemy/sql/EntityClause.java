package io.alchemy.sql;

import java.util.List;

/**
 * A FROM element that stands for one mapped class: the ORM's entity ({@code select(User.class)}) and its aliases
 * ({@code aliased(User.class)}). Its columns are the class's mapped columns; a Session turns them into one object per
 * row. Core only needs the class, to type {@code select(entity)} as {@code Select<T>}.
 *
 * @param <T> the mapped class
 */
public interface EntityClause<T> extends FromClause {

    /** The mapped class. */
    Class<T> entityClass();

    /**
     * The columns a SELECT of this entity lists: {@link #columns()}, marked so that the ORM recognises them in a
     * row and builds one object from them. ({@link #columns()} are the plain columns, for joins and criteria.)
     */
    default List<? extends ColumnElement<?>> entityColumns() {
        return columns();
    }
}
