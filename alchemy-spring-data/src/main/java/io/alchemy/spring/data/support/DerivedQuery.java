package io.alchemy.spring.data.support;

import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.orm.Session;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * A query derived from the method name ({@code findTop3ByNameStartingWithOrderByIdDesc}, {@code countByName},
 * {@code existsBy…}, {@code deleteBy…}), parsed once by Spring Data's {@link PartTree} and compiled at each call to an
 * immutable Core SELECT whose values are bound parameters (the statement's shape, and so its compiled SQL in the
 * Engine's cache, is the same on every call).
 */
final class DerivedQuery implements RepositoryQuery {
    private final AlchemyQueryMethod method;
    private final Supplier<Session> session;
    private final QueryResults results;
    private final PartTree tree;
    private final PartConditions conditions;
    private final EntityStatements<?> statements;

    DerivedQuery(AlchemyQueryMethod method, Supplier<Session> session, QueryResults results) {
        this.method = method;
        this.session = session;
        this.results = results;
        this.tree = new PartTree(method.getName(), method.domainClass());
        this.conditions = new PartConditions(tree, method.describe());
        this.statements = new EntityStatements<>(method.domainClass());
    }

    @Override
    public Object execute(Object[] parameters) {
        ParametersParameterAccessor arguments = new ParametersParameterAccessor(method.getParameters(), parameters);
        @Nullable ColumnElement<Boolean> where = conditions.where(statements.mapper(), arguments.iterator());
        Session current = session.get();
        if (tree.isDelete()) {
            return delete(current, where);
        }
        if (tree.isCountProjection()) {
            return current.scalarOne(statements.count(where)).longValue();
        }
        if (tree.isExistsProjection()) {
            return current.execute(statements.exists(where)).first() != null;
        }
        ReturnedType returned = method.getResultProcessor().withDynamicProjection(arguments).getReturnedType();
        Select<?> select = columns(returned, where);
        Function<Row, Object> reader = results.reader(returned, false);
        Sort sort = tree.getSort().and(arguments.getSort());
        if (method.isPageQuery() || method.isSliceQuery()) {
            return page(current, statements.sorted(select, sort), arguments.getPageable(), reader, where);
        }
        Select<?> limited = limit(statements.sorted(select, sort), arguments.getLimit());
        Result result = current.execute(limited);
        return results.shape(result.stream().map(reader).onClose(result::close));
    }

    /** The entity, or the columns of the record's components; DISTINCT when the name says so. */
    private Select<?> columns(ReturnedType returned, @Nullable ColumnElement<Boolean> where) {
        Select<?> select = statements.selectEntities(where);
        if (QueryResults.kindOf(returned) == QueryResults.Kind.RECORD) {
            Mapper<?> mapper = statements.mapper();
            Object[] columns = RecordRows.components(returned.getReturnedType()).stream()
                    .map(name -> mapper.columnProperty(name).column()).toArray();
            select = select(columns).selectFrom(mapper.table());
            select = where == null ? select : select.where(where);
        }
        return tree.isDistinct() ? select.distinct() : select;
    }

    private Select<?> limit(Select<?> select, Limit limit) {
        @Nullable Integer max = tree.getMaxResults();
        if (limit.isLimited()) {
            max = max == null ? limit.max() : Math.min(max, limit.max());
        }
        return max == null ? select : select.limit(max);
    }

    private Object page(Session current, Select<?> select, Pageable pageable, Function<Row, Object> reader,
            @Nullable ColumnElement<Boolean> where) {
        boolean slice = method.isSliceQuery();
        List<Object> content = current.execute(EntityStatements.window(select, pageable, slice ? 1 : 0)).all()
                .stream().map(reader).toList();
        if (!slice) {
            return PageableExecutionUtils.getPage(content, pageable,
                    () -> current.scalarOne(statements.count(where)));
        }
        boolean hasNext = pageable.isPaged() && content.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? content.subList(0, pageable.getPageSize()) : content, pageable, hasNext);
    }

    /** Loads the matching objects and deletes each through the Session (cascades apply), then flushes. */
    private Object delete(Session current, @Nullable ColumnElement<Boolean> where) {
        List<?> doomed = current.scalars(statements.selectEntities(where)).all();
        doomed.forEach(current::delete);
        current.flush();
        return method.isCollectionQuery() ? doomed : (Object) (long) doomed.size();
    }

    @Override
    public QueryMethod getQueryMethod() {
        return method;
    }
}
