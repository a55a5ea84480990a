package io.alchemy.orm.loading;

import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperHierarchy;
import io.alchemy.schema.Column;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loading side of inheritance: which class a row of a hierarchy is (its discriminator, SQLAlchemy's polymorphic
 * loading), which attributes of that class the query of a base class did not read (the subclass's own columns),
 * how they are loaded: inline, in the same SELECT, when they are in the queried class's table (single-table
 * inheritance, SQLAlchemy's {@code polymorphic_load="inline"}), else after the rows, one SELECT per joined subclass
 * for all its objects (SQLAlchemy's {@code polymorphic_load="selectin"}), and what a SELECT of a subclass adds (the joined tables, the discriminator
 * criterion of a single-table subclass).
 */
public final class PolymorphicRows {
    private PolymorphicRows() {
    }

    /**
     * Whether objects of {@code queried}'s subclasses have columns a query of it does not read: columns of a joined
     * subclass's own table, or of a subclass mapped with {@code polymorphicLoad = SELECTIN} (by default those of the
     * shared table of a single-table hierarchy are read inline).
     */
    static boolean loadsSubclassColumns(Mapper<?> queried) {
        MapperHierarchy hierarchy = queried.hierarchy();
        if (hierarchy == null || hierarchy.discriminator() == null) {
            return false;
        }
        return hierarchy.loadsSubclassColumnsAfterRows();
    }

    /**
     * Loads the subclass columns the query of {@code queried} left unloaded, for all the {@code entities} of each
     * subclass at once: {@code SELECT <key>, <subclass columns> FROM <its tables> WHERE <key> IN (…) ORDER BY <key>}.
     * Objects with a composite primary key keep them for their first access.
     */
    static void loadSubclassColumns(LoadContext context, Mapper<?> queried, List<Object> entities) {
        int width = queried.columnProperties().size();
        Map<Mapper<?>, Map<Object, InstanceState>> bySubclass = new LinkedHashMap<>();
        for (Object entity : entities) {
            InstanceState state = InstanceState.of(entity);
            Mapper<?> concrete = state.mapper();
            if (concrete == queried || concrete.columnProperties().size() <= width || concrete.primaryKey().size() != 1
                    || state.identity() == null) {
                continue;
            }
            List<ColumnProperty> own = concrete.columnProperties().subList(width, concrete.columnProperties().size());
            if (own.stream().anyMatch(p -> state.unloadedAttributes().contains(p.name()))) {
                bySubclass.computeIfAbsent(concrete, m -> new HashMap<>()).put(state.identity().get(0), state);
            }
        }
        bySubclass.forEach((concrete, states) -> {
            for (List<Object> ids : SelectInLoader.chunks(states.keySet())) {
                load(context, concrete, width, ids, states);
            }
        });
    }

    private static void load(LoadContext context, Mapper<?> concrete, int width, List<Object> ids,
            Map<Object, InstanceState> states) {
        List<ColumnProperty> own = concrete.columnProperties().subList(width, concrete.columnProperties().size());
        Column<?> key = concrete.primaryKey().get(0).column();
        List<ColumnElement<?>> columns = new ArrayList<>();
        columns.add(key.label(key.table().name() + "_" + key.name()));
        for (ColumnProperty property : own) {
            Column<?> column = property.column();
            columns.add(column.label(column.table().name() + "_" + column.name()));
        }
        Select<?> statement = from(concrete, select(columns.toArray())).where(key.in(ids)).orderBy(key);
        for (Row row : context.rows(statement)) {
            InstanceState state = states.get(concrete.identityOf(List.of(row.get(0))).get(0));
            if (state == null) {
                continue;
            }
            List<String> done = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                if (state.unloadedAttributes().contains(own.get(i).name())) {
                    own.get(i).set(state.object(), row.get(i + 1));
                    done.add(own.get(i).name());
                }
            }
            state.loaded(done);
        }
    }

    /** The mapper of the row's class: the one its discriminator names, at or below {@code queried}. */
    static Mapper<?> mapperOf(Mapper<?> queried, Row row, int[] positions, Object identityKey) {
        MapperHierarchy hierarchy = queried.hierarchy();
        ColumnProperty discriminator = hierarchy.discriminator();
        if (discriminator == null) {
            return queried;
        }
        int index = queried.columnProperties().indexOf(discriminator);
        if (index < 0) {
            index = indexByName(queried.columnProperties(), discriminator.name());
        }
        if (index < 0 || positions[index] < 0) {
            return queried;
        }
        return hierarchy.mapperFor(row.get(positions[index]), identityKey);
    }

    private static int indexByName(List<ColumnProperty> properties, String name) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds to {@code unloaded} the column attributes of {@code concrete} that a query of {@code queried} did not read. */
    static void subclassColumns(Mapper<?> queried, Mapper<?> concrete, List<String> unloaded) {
        List<ColumnProperty> all = concrete.columnProperties();
        for (int i = queried.columnProperties().size(); i < all.size(); i++) {
            unloaded.add(all.get(i).name());
        }
    }

    /** {@code statement} reading from the mapper's joined tables when its rows span several. */
    static <T> Select<T> from(Mapper<?> mapper, Select<T> statement) {
        MapperHierarchy hierarchy = mapper.hierarchy();
        return hierarchy == null || hierarchy.tables().size() == 1 ? statement : statement.selectFrom(hierarchy.selectable());
    }

    /** {@code statement} with the discriminator criterion of a single-table subclass. */
    static <T> Select<T> filtered(Mapper<?> mapper, Select<T> statement) {
        MapperHierarchy hierarchy = mapper.hierarchy();
        return hierarchy == null || !hierarchy.filtersByDiscriminator() ? statement
                : statement.where(hierarchy.discriminatorCriterion());
    }

    /**
     * An ORM SELECT with the discriminator criterion of each single-table subclass among its entities, as SQLAlchemy
     * adds it when compiling the statement: {@code WHERE … AND pet.kind IN (…)}.
     */
    static Select<?> filtered(Select<?> statement, RowShape shape) {
        Select<?>[] result = {statement};
        shape.forEachEntity((mapper, index) -> result[0] = filtered(mapper, result[0]));
        return result[0];
    }

    /**
     * A SELECT of column attributes ({@code select(Manager_.name)}) with the discriminator criterion of each
     * single-table subclass whose attributes it lists, as SQLAlchemy qualifies them; the statement itself otherwise.
     */
    public static Select<?> columnsFiltered(Select<?> statement) {
        java.util.Set<Mapper<?>> seen = new java.util.LinkedHashSet<>();
        for (ColumnElement<?> column : statement.columns()) {
            if (column instanceof io.alchemy.orm.metamodel.ColumnAttribute<?, ?> attribute) {
                Mapper<?> mapper = io.alchemy.orm.mapping.Mappers.find(attribute.entityClass());
                if (mapper != null && mapper.hierarchy() != null && mapper.hierarchy().filtersByDiscriminator()) {
                    seen.add(mapper);
                }
            }
        }
        Select<?> result = statement;
        for (Mapper<?> mapper : seen) {
            result = filtered(mapper, result);
        }
        return result;
    }
}
