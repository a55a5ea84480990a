package io.alchemy.spring.data.support;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.Session;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * Chooses how a query method runs: the textual SQL of its {@link io.alchemy.spring.data.Query} annotation, or else a
 * query derived from its name ({@code findByNameStartingWith}). Derived queries are checked when the repository is
 * made, so a method whose name says something unsupported fails start-up.
 */
final class AlchemyQueryLookupStrategy implements QueryLookupStrategy {
    private final Supplier<Session> session;

    AlchemyQueryLookupStrategy(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
            NamedQueries namedQueries) {
        AlchemyQueryMethod queryMethod = new AlchemyQueryMethod(method, metadata, factory);
        if (queryMethod.isScrollQuery() || queryMethod.isSearchQuery()) {
            throw new ArgumentError(queryMethod.describe() + ": Window/ScrollPosition and vector search results are "
                    + "not supported by Alchemy repositories; return a Page, a Slice, a List or a Stream");
        }
        QueryResults results = new QueryResults(queryMethod, factory);
        if (queryMethod.query() != null) {
            return new TextQuery(queryMethod, session, results);
        }
        return new DerivedQuery(queryMethod, session, results);
    }
}
