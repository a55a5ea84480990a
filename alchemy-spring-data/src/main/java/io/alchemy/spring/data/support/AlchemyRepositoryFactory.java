package io.alchemy.spring.data.support;

import io.alchemy.orm.Session;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/**
 * Makes repository proxies over an Alchemy {@link Session}: CRUD and paging by {@link SimpleAlchemyRepository},
 * query methods by {@link AlchemyQueryLookupStrategy}. Without Spring:
 *
 * <pre>{@code
 * UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
 * }</pre>
 *
 * The supplier is asked for the Session on every call, so it may hand out the current transaction's Session.
 */
public class AlchemyRepositoryFactory extends RepositoryFactorySupport {
    private final Supplier<Session> session;

    /** A factory whose repositories work on the Session {@code session} supplies at each call. */
    public AlchemyRepositoryFactory(Supplier<Session> session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
        return new AlchemyEntityInformation<>(metadata.getDomainType(), metadata.getIdType());
    }

    @Override
    protected Object getTargetRepository(RepositoryInformation information) {
        return getTargetRepositoryViaReflection(information, getEntityInformation(information), session);
    }

    @Override
    protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
        return SimpleAlchemyRepository.class;
    }

    @Override
    protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.Key key,
            ValueExpressionDelegate valueExpressionDelegate) {
        return Optional.of(new AlchemyQueryLookupStrategy(session));
    }
}
