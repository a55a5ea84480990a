package io.alchemy.spring.data.support;

import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;

import io.alchemy.engine.Result;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.FromStatement;
import io.alchemy.orm.Session;
import io.alchemy.sql.TextClause;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ReturnedType;

/**
 * A {@link io.alchemy.spring.data.Query} method: its SQL as a {@code text()} clause, parsed once, whose {@code :name}
 * parameters are bound from the method's parameters of the same names. Entities are read from the SQL's own rows by
 * column name (one statement; {@code FromStatement} over {@code text()}), each row once; records, interface
 * projections and scalars are read from the rows.
 */
final class TextQuery implements RepositoryQuery {
    private final AlchemyQueryMethod method;
    private final Supplier<Session> session;
    private final QueryResults results;
    private final TextClause sql;

    TextQuery(AlchemyQueryMethod method, Supplier<Session> session, QueryResults results) {
        this.method = method;
        this.session = session;
        this.results = results;
        this.sql = text(method.query().value());
        checkParameters();
    }

    private void checkParameters() {
        if (method.getParameters().hasSpecialParameter()) {
            throw new ArgumentError(method.describe() + ": @Query methods take no Pageable, Sort or Limit; write the "
                    + "ORDER BY and LIMIT in the SQL");
        }
        List<String> named = method.getParameters().stream().map(p -> p.getName().orElse(null)).toList();
        for (String bind : sql.bindNames()) {
            if (!named.contains(bind)) {
                throw new ArgumentError(method.describe() + ": the SQL's parameter :" + bind + " matches no method "
                        + "parameter " + named + " (compile with -parameters or name them with @Param)");
            }
        }
    }

    @Override
    public Object execute(Object[] parameters) {
        Map<String, Object> values = new HashMap<>();
        for (Parameter parameter : method.getParameters().getBindableParameters()) {
            parameter.getName().ifPresent(name -> values.put(name, parameters[parameter.getIndex()]));
        }
        Session current = session.get();
        current.flush();                                   // like autoflush before a SELECT
        if (method.isModifyingQuery()) {
            return current.execute(sql, values).rowcount();
        }
        ReturnedType returned = method.getResultProcessor().getReturnedType();
        QueryResults.Kind kind = QueryResults.kindOf(returned);
        if (kind == QueryResults.Kind.RECORD || kind == QueryResults.Kind.SCALAR) {
            Result result = current.execute(sql, values);
            return results.shape(result.stream().map(results.reader(returned, true)).onClose(result::close));
        }
        // one statement: the rows are read as the entities by column name (SQLAlchemy's from_statement(text(…)))
        Class<?> domain = method.domainClass();
        List<?> rows = current.execute(FromStatement.fromStatement(select(domain), sql), values).scalars(domain).all();
        List<?> entities = List.copyOf(new LinkedHashSet<>(rows));
        return results.shape(entities.stream().map(entity -> results.fromEntity(returned, entity)));
    }

    @Override
    public QueryMethod getQueryMethod() {
        return method;
    }
}
