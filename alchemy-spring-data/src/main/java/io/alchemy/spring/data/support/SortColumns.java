package io.alchemy.spring.data.support;

import static io.alchemy.Alchemy.func;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.ColumnProperty;
import io.alchemy.orm.Mapper;
import io.alchemy.orm.MapperProperty;
import io.alchemy.sql.ColumnElement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;

/** A Spring Data {@link Sort} as ORDER BY elements over a mapped class's columns. */
final class SortColumns {
    private SortColumns() {
    }

    /**
     * One ORDER BY element per order: the attribute's column, {@code lower(…)} when the order ignores case,
     * {@code ASC}/{@code DESC}, {@code NULLS FIRST/LAST} when asked. {@link ArgumentError} naming the class's attributes
     * when an order names none of them or a relationship.
     */
    static List<ColumnElement<?>> of(Mapper<?> mapper, Sort sort) {
        List<ColumnElement<?>> orderBy = new ArrayList<>();
        for (Sort.Order order : sort) {
            orderBy.add(element(mapper, order));
        }
        return orderBy;
    }

    private static ColumnElement<?> element(Mapper<?> mapper, Sort.Order order) {
        MapperProperty property = mapper.attribute(order.getProperty());
        if (!(property instanceof ColumnProperty column)) {
            throw new ArgumentError("Cannot sort " + mapper.entityClass().getSimpleName() + " by '" + order.getProperty()
                    + "': it is a relationship; sort by a column attribute");
        }
        ColumnElement<?> expression = order.isIgnoreCase() ? func.lower(column.column()) : column.column();
        ColumnElement<?> directed = order.isAscending() ? expression.asc() : expression.desc();
        return switch (order.getNullHandling()) {
            case NULLS_FIRST -> directed.nullsFirst();
            case NULLS_LAST -> directed.nullsLast();
            case NATIVE -> directed;
        };
    }
}
