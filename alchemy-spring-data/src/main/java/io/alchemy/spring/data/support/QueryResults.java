package io.alchemy.spring.data.support;

import io.alchemy.engine.Row;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.query.ReturnedType;

/**
 * What a query method returns, from the rows of its statement: each row as the element the method wants (an
 * entity, an interface projection over it, a record, or a scalar), and the elements as the method's container (a
 * {@code List}, a {@code Stream}, or one element: {@code null} for none, which Spring Data turns into an empty
 * {@code Optional}). Spring Data's result handler converts the rest ({@code long} to {@code int}, …).
 */
final class QueryResults {
    /** How the rows are read: the kind of element a method returns. */
    enum Kind { ENTITY, INTERFACE, RECORD, SCALAR }

    private final AlchemyQueryMethod method;
    private final ProjectionFactory projections;

    QueryResults(AlchemyQueryMethod method, ProjectionFactory projections) {
        this.method = method;
        this.projections = projections;
    }

    /** The kind of element of {@code returned}. */
    static Kind kindOf(ReturnedType returned) {
        Class<?> type = returned.getReturnedType();
        if (type.isAssignableFrom(returned.getDomainType())) {
            return Kind.ENTITY;
        }
        if (type.isInterface()) {
            return Kind.INTERFACE;
        }
        return type.isRecord() ? Kind.RECORD : Kind.SCALAR;
    }

    /**
     * The element of a row: entity rows hold the object in column 0; records are read {@code byName} or by position;
     * scalars are column 0 as the returned type.
     */
    Function<Row, Object> reader(ReturnedType returned, boolean byName) {
        Class<?> type = returned.getReturnedType();
        return switch (kindOf(returned)) {
            case ENTITY, INTERFACE -> row -> fromEntity(returned, row.get(0));
            case RECORD -> byName ? RecordRows.byName(type)::apply : RecordRows.byPosition(type)::apply;
            case SCALAR -> row -> row.get(0, RecordRows.boxed(type));
        };
    }

    /** The entity itself, or an interface projection over it. */
    Object fromEntity(ReturnedType returned, Object entity) {
        return kindOf(returned) == Kind.INTERFACE ? projections.createProjection(returned.getReturnedType(), entity)
                : entity;
    }

    /** The elements as the method's container; {@link IncorrectResultSizeDataAccessException} for a single result. */
    Object shape(Stream<?> elements) {
        if (method.isStreamQuery()) {
            return elements;
        }
        List<?> all = elements.toList();
        if (method.isCollectionQuery()) {
            return all;
        }
        if (all.size() > 1) {
            throw new IncorrectResultSizeDataAccessException(method.describe() + " expects at most one result but found "
                    + all.size(), 1, all.size());
        }
        return all.isEmpty() ? null : all.get(0);
    }
}
