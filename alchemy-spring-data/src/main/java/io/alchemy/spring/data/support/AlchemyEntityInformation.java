package io.alchemy.spring.data.support;

import io.alchemy.orm.Registry;
import io.alchemy.orm.mapping.Mapper;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.core.support.AbstractEntityInformation;

/**
 * Spring Data's view of a mapped class: its primary key from the {@link Mapper}. An object is new when a primary key
 * attribute is still {@code null} (the database generates it at flush).
 *
 * @param <T> the mapped class
 * @param <ID> the primary key type: the key attribute's type, or {@code List} for a composite key
 */
public final class AlchemyEntityInformation<T, ID> extends AbstractEntityInformation<T, ID> {
    private final Class<ID> idType;

    /** The information of {@code type}, whose primary key values are of {@code idType}. */
    public AlchemyEntityInformation(Class<T> type, Class<ID> idType) {
        super(type);
        this.idType = idType;
    }

    private Mapper<T> mapper() {
        return Registry.mapperFor(getJavaType());
    }

    @Override
    public boolean isNew(T entity) {
        return mapper().primaryKeyOf(entity).contains(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable ID getId(T entity) {
        List<Object> key = mapper().primaryKeyOf(entity);
        if (key.contains(null)) {
            return null;
        }
        return (ID) (key.size() == 1 ? key.get(0) : key);
    }

    @Override
    public Class<ID> getIdType() {
        return idType;
    }
}
