package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.Column;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Defines the association tables that many-to-many relationships name ({@code secondary = "vet_specialties"}) but no
 * mapped class or Core table defines (JPA's {@code @JoinTable}): the join columns refer to the parent's primary key,
 * the inverse join columns to the target's, all NOT NULL and together the primary key. A relationship that names
 * its columns defines the table before one that relies on the defaults, so the two sides of a pair agree.
 */
public final class AssociationTables {
    private AssociationTables() {
    }

    /** Defines, in {@code metadata}, each missing association table of {@code relationships}. */
    public static void defineMissing(MetaData metadata, MapperRegistry registry, List<RelationshipProperty> relationships) {
        List<RelationshipProperty> declaring = new ArrayList<>(relationships.stream()
                .filter(r -> !r.secondaryName().isEmpty()).toList());
        declaring.sort(Comparator.comparing(r -> r.joinColumns().isEmpty() && r.inverseJoinColumns().isEmpty()));
        for (RelationshipProperty relationship : declaring) {
            if (!metadata.tables().containsKey(relationship.secondaryName())) {
                define(metadata, registry, relationship);
            }
        }
    }

    private static void define(MetaData metadata, MapperRegistry registry, RelationshipProperty relationship) {
        Mapper<?> target = registry.mapperOrNull(relationship.targetClass());
        if (target == null) {
            return; // reported when the relationship is configured
        }
        Mapper<?> parent = relationship.parent();
        List<String> joinColumns = named(relationship, relationship.joinColumns(), parent, "joinColumns");
        List<String> inverse = named(relationship, relationship.inverseJoinColumns(), target, "inverseJoinColumns");
        if (joinColumns.stream().anyMatch(inverse::contains)) {
            throw new ArgumentError("Relationship " + relationship + " defines association table '"
                    + relationship.secondaryName() + "' with the column names " + joinColumns + " and " + inverse
                    + " twice; name them with @Relationship(joinColumns = …, inverseJoinColumns = …)");
        }
        List<Column<?>> columns = new ArrayList<>();
        columns.addAll(columns(joinColumns, parent));
        columns.addAll(columns(inverse, target));
        String name = relationship.secondaryName();
        int dot = name.lastIndexOf('.');
        metadata.table(dot < 0 ? null : name.substring(0, dot), dot < 0 ? name : name.substring(dot + 1), columns);
    }

    private static List<String> named(RelationshipProperty relationship, List<String> given, Mapper<?> side,
            String option) {
        List<ColumnProperty> key = side.primaryKey();
        if (given.isEmpty()) {
            return key.stream().map(k -> side.table().name() + "_" + k.column().name()).toList();
        }
        if (given.size() != key.size()) {
            throw new ArgumentError("Relationship " + relationship + " names " + given.size() + " column(s) in "
                    + option + " " + given + ", but " + side.entityClass().getSimpleName() + " has a primary key of "
                    + key.size() + " column(s)");
        }
        return given;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Column<?>> columns(List<String> names, Mapper<?> side) {
        List<Column<?>> columns = new ArrayList<>();
        List<ColumnProperty> key = side.primaryKey();
        for (int i = 0; i < names.size(); i++) {
            Column<?> referenced = key.get(i).column();
            columns.add(new Column(names.get(i), referenced.type()).references(referenced).primaryKey());
        }
        return columns;
    }
}
