package io.alchemy.orm.dml;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperHierarchy;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.sql.Delete;
import io.alchemy.sql.DmlStatement;
import io.alchemy.sql.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * ORM-enabled DML of a class in an inheritance hierarchy: an UPDATE or DELETE of a single-table subclass touches its
 * rows only ({@code WHERE <discriminator> IN (…)}, as SQLAlchemy adds it), a bulk INSERT of one gets its
 * discriminator; a joined subclass spans several tables, which one ORM statement does not write.
 */
final class InheritedDml {
    private InheritedDml() {
    }

    /** The UPDATE or DELETE with the discriminator criterion of a single-table subclass; others as given. */
    static DmlStatement qualified(DmlStatement statement) {
        MapperHierarchy hierarchy = hierarchyOf(statement);
        if (hierarchy == null) {
            return statement;
        }
        if (statement instanceof Update update) {
            return update.where(hierarchy.discriminatorCriterion());
        }
        if (statement instanceof Delete delete) {
            return delete.where(hierarchy.discriminatorCriterion());
        }
        return statement;
    }

    /** The parameter sets of a bulk INSERT of a single-table subclass, each with its discriminator value. */
    static List<? extends Map<String, ?>> withIdentity(DmlStatement insert, List<? extends Map<String, ?>> sets) {
        MapperHierarchy hierarchy = hierarchyOf(insert);
        if (hierarchy == null || hierarchy.identity() == null) {
            return sets;
        }
        String discriminator = hierarchy.discriminator().name();
        List<Map<String, Object>> filled = new ArrayList<>(sets.size());
        for (Map<String, ?> set : sets) {
            Map<String, Object> copy = new LinkedHashMap<>(set);
            copy.putIfAbsent(discriminator, hierarchy.identity());
            filled.add(copy);
        }
        return filled;
    }

    /** The hierarchy of a subclass sharing its parent's table; {@link ArgumentError} for a joined subclass. */
    private static @Nullable MapperHierarchy hierarchyOf(DmlStatement statement) {
        Mapper<?> mapper = statement.entity() == null ? null : Mappers.find(statement.entity());
        MapperHierarchy hierarchy = mapper == null ? null : mapper.hierarchy();
        if (hierarchy == null || hierarchy.parent() == null) {
            return null;
        }
        if (hierarchy.tables().size() > 1) {
            throw new ArgumentError("An ORM-enabled " + statement.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT)
                    + " of " + mapper.entityClass().getSimpleName() + " would span its tables " + hierarchy.tables()
                    .stream().map(t -> t.name()).toList() + " (joined-table inheritance); write each table with a "
                    + "Core statement, or change the objects through a Session");
        }
        return hierarchy.filtersByDiscriminator() ? hierarchy : null;
    }
}
