package io.alchemy.orm.metamodel;

import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.sql.EntityClause;
import io.alchemy.sql.EntityResolver;
import io.alchemy.sql.TableClause;

/**
 * Lets Core statements take mapped classes ({@code select(User.class)}, {@code insert(User.class)}): found by Core
 * through {@link java.util.ServiceLoader}. A class no {@link Registry} maps resolves to {@code null}, and Core raises
 * its {@link io.alchemy.exc.ArgumentError} naming the class.
 */
public final class OrmEntityResolver implements EntityResolver {

    @Override
    public <T> EntityClause<T> selectable(Class<T> entityClass) {
        return Mappers.find(entityClass) == null ? null : Entity.of(entityClass);
    }

    @Override
    public TableClause table(Class<?> entityClass) {
        Mapper<?> mapper = Mappers.find(entityClass);
        return mapper == null ? null : mapper.table();
    }
}
