package io.alchemy.spring.data.support;

import static io.alchemy.Alchemy.and;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.or;
import static io.alchemy.Alchemy.select;

import io.alchemy.orm.Registry;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The Core statements a repository runs for one mapped class: SELECT of the entity, COUNT, EXISTS, conditions on the
 * primary key, ORDER BY from a {@link Sort} and LIMIT/OFFSET from a {@link Pageable}. Every value is a bound
 * parameter; the statements are immutable, so each shape compiles once into the Engine's cache.
 *
 * @param <T> the mapped class
 */
final class EntityStatements<T> {
    private final Class<T> type;

    EntityStatements(Class<T> type) {
        this.type = type;
    }

    /** The mapped class. */
    Class<T> type() {
        return type;
    }

    /** The class's mapper (looked up per call: a Registry may be created after the repository). */
    Mapper<T> mapper() {
        return Registry.mapperFor(type);
    }

    /** {@code SELECT <entity columns> FROM <table> [WHERE where]}. */
    Select<T> selectEntities(@Nullable ColumnElement<?> where) {
        Select<T> select = select(type);
        return where == null ? select : select.where(where);
    }

    /** {@code SELECT count(*) FROM <table> [WHERE where]}. */
    Select<Integer> count(@Nullable ColumnElement<?> where) {
        Select<Integer> select = select(func.count()).selectFrom(mapper().table());
        return where == null ? select : select.where(where);
    }

    /** {@code SELECT <primary key> FROM <table> [WHERE where] LIMIT 1}: a row exists when this returns one. */
    Select<?> exists(@Nullable ColumnElement<?> where) {
        Select<?> select = select(mapper().primaryKey().get(0).column()).selectFrom(mapper().table()).limit(1);
        return where == null ? select : select.where(where);
    }

    /** The condition selecting the row with this primary key (a value, or a {@code List} for a composite key). */
    ColumnElement<Boolean> idEquals(Object id) {
        Mapper<T> mapper = mapper();
        List<Object> key = mapper.identityOf(id instanceof List<?> values ? values : List.of(id));
        List<ColumnProperty> columns = mapper.primaryKey();
        if (columns.size() == 1) {
            return columns.get(0).column().eq(key.get(0));
        }
        List<ColumnElement<?>> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            parts.add(columns.get(i).column().eq(key.get(i)));
        }
        return and(parts.toArray(ColumnElement<?>[]::new));
    }

    /** The condition selecting the rows with these primary keys: {@code pk IN (…)}, or ORs of composite keys. */
    ColumnElement<Boolean> idIn(List<Object> ids) {
        List<ColumnProperty> columns = mapper().primaryKey();
        if (columns.size() == 1) {
            return columns.get(0).column().in(ids.stream().map(id -> mapper().identityOf(List.of(id)).get(0)).toList());
        }
        return or(ids.stream().map(this::idEquals).toArray(ColumnElement<?>[]::new));
    }

    /** {@code select} ordered by {@code sort}. */
    <S> Select<S> sorted(Select<S> select, Sort sort) {
        return SortColumns.apply(mapper(), select, sort);
    }

    /** {@code select} ordered by the pageable's sort and limited to its page (unchanged when unpaged). */
    <S> Select<S> paged(Select<S> select, Pageable pageable) {
        return window(sorted(select, pageable.getSort()), pageable, 0);
    }

    /**
     * {@code select} limited to the pageable's page, with {@code extra} more rows (a slice reads one more to know
     * whether there is a next one); unchanged when unpaged.
     */
    static <S> Select<S> window(Select<S> select, Pageable pageable, int extra) {
        if (pageable.isUnpaged()) {
            return select;
        }
        if (pageable.getOffset() > Integer.MAX_VALUE) {
            throw new io.alchemy.exc.ArgumentError("Page " + pageable.getPageNumber() + " of size "
                    + pageable.getPageSize() + " starts at row " + pageable.getOffset() + ", past the largest offset "
                    + Integer.MAX_VALUE + "; ask for an earlier page or a smaller page size");
        }
        return select.limit(pageable.getPageSize() + extra).offset((int) pageable.getOffset());
    }
}
