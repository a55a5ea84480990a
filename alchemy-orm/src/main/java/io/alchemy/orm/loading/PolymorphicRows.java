package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperHierarchy;
import io.alchemy.sql.Select;
import java.util.List;

/**
 * The loading side of inheritance: which class a row of a hierarchy is (its discriminator, SQLAlchemy's polymorphic
 * loading), which attributes of that class the query did not read (a joined subclass's own columns, loaded on first
 * access as SQLAlchemy loads them), and what a SELECT of a subclass adds (the joined tables, the discriminator
 * criterion of a single-table subclass).
 */
final class PolymorphicRows {
    private PolymorphicRows() {
    }

    /** The mapper of the row's class: the one its discriminator names, at or below {@code queried}. */
    static Mapper<?> mapperOf(Mapper<?> queried, Row row, int[] positions) {
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
        return hierarchy.mapperFor(row.get(positions[index]));
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
}
