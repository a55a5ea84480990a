package io.alchemy.orm.mapping;

import io.alchemy.schema.MetaData;
import org.jspecify.annotations.Nullable;

/**
 * What a mapper needs from the registry that made it to configure its relationships: the other mappers and the
 * tables. {@code io.alchemy.orm.Registry} implements it.
 */
public interface MapperRegistry {

    /** The mapper of {@code type} in this registry, or {@code null}. */
    @Nullable Mapper<?> mapperOrNull(Class<?> type);

    /** The registry's tables. */
    MetaData metadata();
}
