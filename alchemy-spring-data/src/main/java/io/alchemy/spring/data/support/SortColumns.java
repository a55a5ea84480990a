package io.alchemy.spring.data.support;

import static io.alchemy.Alchemy.and;
import static io.alchemy.Alchemy.func;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperProperty;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.domain.Sort;

/**
 * A Spring Data {@link Sort} as ORDER BY elements over a mapped class's columns: the attribute's column,
 * {@code lower(…)} when the order ignores case, {@code ASC}/{@code DESC}, {@code NULLS FIRST/LAST} when asked. A path
 * through many-to-one relationships ({@code "user.name"} on {@code Address}) LEFT OUTER JOINs the related table once,
 * so objects without a related row stay in the result. A name the class doesn't map is Spring Data's
 * {@link PropertyReferenceException}; a mapped attribute that can't be sorted by is an {@link ArgumentError}.
 */
final class SortColumns {
    private final Set<RelationshipProperty> joins = new LinkedHashSet<>();
    private final List<ColumnElement<?>> orderBy = new ArrayList<>();

    private SortColumns() {
    }

    /** {@code select} with the joins and ORDER BY of {@code sort} over {@code mapper}'s attributes. */
    static <S> Select<S> apply(Mapper<?> mapper, Select<S> select, Sort sort) {
        SortColumns columns = new SortColumns();
        for (Sort.Order order : sort) {
            columns.orderBy.add(columns.element(mapper, order));
        }
        Select<S> joined = select;
        for (RelationshipProperty relationship : columns.joins) {
            List<ColumnElement<?>> on = new ArrayList<>();
            for (JoinPair pair : relationship.pairs()) {
                on.add(pair.referenced().eq(pair.referencing()));
            }
            joined = joined.outerjoin(relationship.target().table(), and(on.toArray(ColumnElement<?>[]::new)));
        }
        return columns.orderBy.isEmpty() ? joined : joined.orderBy(columns.orderBy.toArray());
    }

    private ColumnElement<?> element(Mapper<?> mapper, Sort.Order order) {
        ColumnElement<?> column = column(mapper, order.getProperty().split("\\."), 0);
        ColumnElement<?> expression = order.isIgnoreCase() ? func.lower(column) : column;
        ColumnElement<?> directed = order.isAscending() ? expression.asc() : expression.desc();
        return switch (order.getNullHandling()) {
            case NULLS_FIRST -> directed.nullsFirst();
            case NULLS_LAST -> directed.nullsLast();
            case NATIVE -> directed;
        };
    }

    private ColumnElement<?> column(Mapper<?> mapper, String[] path, int index) {
        MapperProperty property = mapper.attributeOrNull(path[index]);
        if (property == null) {
            // Spring Data's signal for a property the type doesn't have (a web layer answers it with 400, not 500).
            throw new PropertyReferenceException(path[index], TypeInformation.of(mapper.entityClass()), List.of());
        }
        if (property instanceof ColumnProperty column && index == path.length - 1) {
            return column.column();
        }
        if (property instanceof RelationshipProperty relationship && index < path.length - 1
                && !relationship.isCollection() && relationship.secondary() == null
                && relationship.target().table() != mapper.table()) {
            joins.add(relationship);
            return column(relationship.target(), path, index + 1);
        }
        throw new ArgumentError("Cannot sort " + mapper.entityClass().getSimpleName() + " by '" + String.join(".", path)
                + "': sort by a column attribute, or through many-to-one relationships to one (e.g. user.name)");
    }
}
