package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.Table;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A field holding related objects (SQLAlchemy's {@code RelationshipProperty}): its target class, whether it is a
 * collection, its options, and, once the registry is configured, its direction and join columns. Loading and
 * back-populating behaviour is built on this description.
 */
public final class RelationshipProperty implements MapperProperty {
    private final String name;
    private final FieldAccessor field;
    private final Class<?> targetClass;
    private final Class<?> collectionType;
    private final RelationshipOptions options;
    private final Set<Cascade> cascade;
    private Mapper<?> parent;
    private Resolved resolved;

    /** A relationship {@code name} held by {@code field}, to {@code targetClass}, declared with {@code options}. */
    public RelationshipProperty(String name, FieldAccessor field, Class<?> targetClass, Class<?> collectionType,
            RelationshipOptions options) {
        this.name = name;
        this.field = field;
        this.targetClass = targetClass;
        this.collectionType = collectionType;
        this.options = options;
        this.cascade = options.viewonly() ? readOnly(Cascade.parse(options.cascade())) : Cascade.parse(options.cascade());
    }

    /**
     * A viewonly relationship keeps only the cascades that write nothing (SQLAlchemy 2.0 trims save-update, delete and
     * delete-orphan): merge, expunge and refresh-expire.
     */
    private static Set<Cascade> readOnly(Set<Cascade> given) {
        java.util.EnumSet<Cascade> kept = java.util.EnumSet.noneOf(Cascade.class);
        kept.addAll(given);
        kept.removeAll(java.util.EnumSet.of(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN));
        return java.util.Collections.unmodifiableSet(kept);
    }

    /** The same relationship (same field and options) for a mapped subclass that inherits it. */
    public RelationshipProperty inherited() {
        return new RelationshipProperty(name, field, targetClass, collectionType, options);
    }

    void attach(Mapper<?> owner) {
        this.parent = owner;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Mapper<?> parent() {
        return parent;
    }

    /** The related class. */
    public Class<?> targetClass() {
        return targetClass;
    }

    /** The related class's mapper. */
    public Mapper<?> target() {
        return resolve().target;
    }

    /** Whether the attribute holds a collection ({@code List} or {@code Set}) rather than one object. */
    public boolean isCollection() {
        return collectionType != null;
    }

    /** {@code List.class} or {@code Set.class} (or the field's own collection type); {@code null} for one object. */
    public @Nullable Class<?> collectionType() {
        return collectionType;
    }

    /** The attribute on the target that mirrors this one, or {@code null}. */
    public @Nullable String backPopulates() {
        return options.backPopulates().isEmpty() ? null : options.backPopulates();
    }

    /** The mirror relationship on the target, or {@code null} without {@code backPopulates}. */
    public @Nullable RelationshipProperty mirror() {
        return resolve().mirror;
    }

    /** Which side holds the foreign key. */
    public RelationshipDirection direction() {
        return resolve().direction;
    }

    /**
     * The join's column pairs: between the parent's and the target's tables, or for a many-to-many between the
     * parent's table and the association table.
     */
    public List<JoinPair> pairs() {
        return resolve().pairs;
    }

    /** For a many-to-many, the pairs between the target's table and the association table; else empty. */
    public List<JoinPair> secondaryPairs() {
        return resolve().secondaryPairs;
    }

    /** The association table of a many-to-many, or {@code null}. */
    public @Nullable Table secondary() {
        return resolve().secondary;
    }

    /** The {@code orderBy} terms as written ({@code "name"}, {@code "birthDate desc"}). */
    public List<String> orderBy() {
        return options.orderBy();
    }

    /** The columns ordering a collection, resolved from {@link #orderBy()}: attributes (or columns) of the target. */
    public List<OrderTerm> ordering() {
        return resolve().ordering;
    }

    /** The cascades. */
    public Set<Cascade> cascade() {
        return cascade;
    }

    /** The default loading strategy ({@link LoadStrategy#WRITE_ONLY} for a {@link WriteOnlyCollection}). */
    public LoadStrategy lazy() {
        return options.lazy();
    }

    /** Whether joined loading uses an INNER JOIN. */
    public boolean innerjoin() {
        return options.innerjoin();
    }

    /** Whether deleting children is left to the database's ON DELETE CASCADE. */
    public boolean passiveDeletes() {
        return options.passiveDeletes();
    }

    /** Whether the relationship is read-only. */
    public boolean viewonly() {
        return options.viewonly();
    }

    /**
     * The field's value in {@code entity}, with no instrumentation; for a {@code final} collection field, the tracked
     * view of the collection it holds.
     */
    public Object get(Object entity) {
        Object value = field.get(entity);
        if (field.isFinal()) {
            return InPlaceCollections.views().view(entity, this, held(value));
        }
        return value;
    }

    /**
     * Sets the field of {@code entity}, with no instrumentation; a {@code final} collection field keeps its collection,
     * whose contents become {@code value}'s.
     */
    public void set(Object entity, Object value) {
        if (field.isFinal()) {
            InPlaceCollections.views().assign(entity, this, held(field.get(entity)), value);
        } else {
            field.set(entity, value);
        }
    }

    /** Whether the field is {@code final}: its collection is changed in place, never replaced. */
    public boolean isFinalField() {
        return field.isFinal();
    }

    private Collection<?> held(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        throw new IllegalStateException("Relationship " + this + " is a final field but holds "
                + (value == null ? "null" : value.getClass().getName()) + "; initialise it with a List or Set");
    }

    /** Resolves the target, direction, join columns and mirror; {@link ArgumentError} naming what is wrong. */
    public void configure(MapperRegistry registry) {
        if (resolved == null) {
            resolved = Resolved.of(this, registry);
        }
    }

    private Resolved resolve() {
        if (resolved == null) {
            configure(parent.registry());
        }
        return resolved;
    }

    List<String> foreignKeyColumns() {
        return options.foreignKeys();
    }

    String secondaryName() {
        return options.secondary();
    }

    /** Whether no association table is named ({@code secondary}). */
    public boolean secondaryNameIsEmpty() {
        return options.secondary().isEmpty();
    }

    /** The columns holding the parent's key (in the target's table, or in the association table); may be empty. */
    public List<String> joinColumns() {
        return options.joinColumns();
    }

    /** The association table's columns holding the target's key; may be empty. */
    public List<String> inverseJoinColumns() {
        return options.inverseJoinColumns();
    }

    /** Whether a field of {@code type} holds a collection. */
    public static boolean isCollectionType(Class<?> type) {
        return Collection.class.isAssignableFrom(type);
    }

    @Override
    public String toString() {
        return (parent == null ? "?" : parent.entityClass().getSimpleName()) + "." + name;
    }

    /** What configuring the relationship found out. */
    private record Resolved(Mapper<?> target, RelationshipDirection direction, List<JoinPair> pairs,
            List<JoinPair> secondaryPairs, Table secondary, RelationshipProperty mirror, List<OrderTerm> ordering) {

        static Resolved of(RelationshipProperty rel, MapperRegistry registry) {
            Mapper<?> target = registry.mapperOrNull(rel.targetClass);
            if (target == null) {
                throw new ArgumentError("Relationship " + rel + " refers to " + rel.targetClass.getName()
                        + ", which this registry does not map; add it to the Registry");
            }
            JoinResolver joins = new JoinResolver(rel.toString(), rel.foreignKeyColumns());
            Table parentTable = parentTable(rel, target);
            Table secondary = null;
            RelationshipDirection direction;
            List<JoinPair> pairs;
            List<JoinPair> secondaryPairs = List.of();
            if (!rel.secondaryName().isEmpty()) {
                secondary = registry.metadata().tableNamed(rel.secondaryName());
                direction = RelationshipDirection.MANY_TO_MANY;
                pairs = restricted(rel, rel.joinColumns(), joins).singlePath(secondary, parentTable);
                secondaryPairs = restricted(rel, rel.inverseJoinColumns(), joins).singlePath(secondary, target.table());
            } else if (!rel.joinColumns().isEmpty()) {
                direction = RelationshipDirection.ONE_TO_MANY;
                pairs = parentSideJoin(rel, target);
            } else {
                direction = joins.direction(parentTable, target.table(), rel.isCollection());
                pairs = direction == RelationshipDirection.MANY_TO_ONE ? joins.singlePath(parentTable, target.table())
                        : joins.singlePath(target.table(), parentTable);
            }
            return new Resolved(target, direction, pairs, secondaryPairs, secondary, mirrorOf(rel, target),
                    OrderByTerms.resolve(rel, target, rel.orderBy()));
        }

        private static JoinResolver restricted(RelationshipProperty rel, List<String> columns, JoinResolver otherwise) {
            return columns.isEmpty() ? otherwise : new JoinResolver(rel.toString(), columns);
        }

        /** A one-to-many whose foreign key columns ({@code joinColumns}) are in the target's table, unmapped there. */
        private static List<JoinPair> parentSideJoin(RelationshipProperty rel, Mapper<?> target) {
            if (!rel.isCollection()) {
                throw new ArgumentError("Relationship " + rel + " has joinColumns without secondary, which makes a "
                        + "one-to-many: declare it as a List or Set, or name the association table with secondary");
            }
            Table table = target.table();
            for (String column : rel.joinColumns()) {
                if (table.tableColumns().stream().noneMatch(c -> c.name().equals(column))) {
                    throw new ArgumentError("Relationship " + rel + " has joinColumns " + rel.joinColumns()
                            + ", but table '" + table.name() + "' of " + target.entityClass().getSimpleName()
                            + " has no column '" + column + "': it is added when " + target.entityClass().getSimpleName()
                            + " is mapped in the same Registry.of/map call as "
                            + rel.parent.entityClass().getSimpleName() + ", or after it");
                }
            }
            return new JoinResolver(rel.toString(), rel.joinColumns()).singlePath(table, rel.parent.table());
        }

        /**
         * The parent's table the relationship joins from: the mapped table, or for a joined-inheritance subclass the
         * one of its tables whose foreign keys (other than the inheritance key) link it to the target.
         */
        private static Table parentTable(RelationshipProperty rel, Mapper<?> target) {
            MapperHierarchy hierarchy = rel.parent.hierarchy();
            if (hierarchy == null || hierarchy.tables().size() == 1 || !rel.secondaryName().isEmpty()) {
                return rel.parent.table();
            }
            List<Table> tables = hierarchy.tables();
            for (int i = tables.size() - 1; i > 0; i--) {
                Table table = tables.get(i);
                boolean links = table.foreignKeys().stream()
                        .anyMatch(fk -> fk.references(target.table()) && !fk.parent().isPrimaryKey())
                        || target.table().foreignKeys().stream().anyMatch(fk -> fk.references(table));
                if (links) {
                    return table;
                }
            }
            return rel.parent.table();
        }

        private static RelationshipProperty mirrorOf(RelationshipProperty rel, Mapper<?> target) {
            String back = rel.backPopulates();
            if (back == null) {
                return null;
            }
            MapperProperty other = target.attributeOrNull(back);
            if (!(other instanceof RelationshipProperty mirror)) {
                throw new ArgumentError("Relationship " + rel + " has backPopulates = \"" + back + "\", but "
                        + target.entityClass().getSimpleName() + " has no relationship named '" + back + "'");
            }
            if (!mirror.targetClass.isAssignableFrom(rel.parent.entityClass())) {
                throw new ArgumentError("Relationship " + rel + " has backPopulates = \"" + back + "\", but " + mirror
                        + " refers to " + mirror.targetClass.getSimpleName() + ", not "
                        + rel.parent.entityClass().getSimpleName());
            }
            return mirror;
        }
    }
}
