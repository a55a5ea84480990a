package io.alchemy.sql;

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
}
