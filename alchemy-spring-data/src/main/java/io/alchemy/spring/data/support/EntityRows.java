package io.alchemy.spring.data.support;

import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Row;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Objects for the rows of textual SQL: the primary key is read from each row (the column of the key's name) and the
 * objects are loaded through the Session with one {@code SELECT … WHERE pk IN (…)}, so they are the identity map's
 * objects (already-loaded ones keep their unflushed state), returned in the rows' order.
 */
final class EntityRows {
    private EntityRows() {
    }

    static <T> List<T> load(Session session, Class<T> type, List<Row> rows) {
        Mapper<T> mapper = Registry.mapperFor(type);
        if (mapper.primaryKey().size() != 1) {
            throw new ArgumentError("@Query methods returning " + type.getSimpleName() + " need a single-column "
                    + "primary key; return a record instead");
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        ColumnProperty key = mapper.primaryKey().get(0);
        int index = RecordRows.indexOf(rows.get(0).keys(), key.column().name());
        if (index < 0) {
            throw new ArgumentError("The @Query SQL returns no column '" + key.column().name() + "' (the primary key "
                    + "of " + type.getSimpleName() + ") among " + rows.get(0).keys());
        }
        Set<Object> ids = new LinkedHashSet<>();
        for (Row row : rows) {
            ids.add(mapper.identityOf(List.of(row.get(index))).get(0));
        }
        Map<Object, T> byId = new HashMap<>();
        for (T entity : session.scalars(select(type).where(key.column().in(ids)))) {
            byId.put(mapper.primaryKeyOf(entity).get(0), entity);
        }
        List<T> ordered = new ArrayList<>(rows.size());
        for (Object id : ids) {
            T entity = byId.get(id);
            if (entity != null) {
                ordered.add(entity);
            }
        }
        return ordered;
    }
}
