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

    /** The columns ordering a collection, as written ({@code "email_address"}, {@code "id DESC"}). */
    public List<String> orderBy() {
        return options.orderBy();
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

    /** The field's value in {@code entity}, with no instrumentation. */
    public Object get(Object entity) {
        return field.get(entity);
    }

    /** Sets the field of {@code entity}, with no instrumentation. */
    public void set(Object entity, Object value) {
        field.set(entity, value);
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
            List<JoinPair> secondaryPairs, Table secondary, RelationshipProperty mirror) {

        static Resolved of(RelationshipProperty rel, MapperRegistry registry) {
            Mapper<?> target = registry.mapperOrNull(rel.targetClass);
            if (target == null) {
                throw new ArgumentError("Relationship " + rel + " refers to " + rel.targetClass.getName()
                        + ", which this registry does not map; add it to the Registry");
            }
            JoinResolver joins = new JoinResolver(rel.toString(), rel.foreignKeyColumns());
            Table parentTable = rel.parent.table();
            Table secondary = null;
            RelationshipDirection direction;
            List<JoinPair> pairs;
            List<JoinPair> secondaryPairs = List.of();
            if (!rel.secondaryName().isEmpty()) {
                secondary = registry.metadata().tableNamed(rel.secondaryName());
                direction = RelationshipDirection.MANY_TO_MANY;
                pairs = joins.singlePath(secondary, parentTable);
                secondaryPairs = joins.singlePath(secondary, target.table());
            } else {
                direction = joins.direction(parentTable, target.table(), rel.isCollection());
                pairs = direction == RelationshipDirection.MANY_TO_ONE ? joins.singlePath(parentTable, target.table())
                        : joins.singlePath(target.table(), parentTable);
            }
            return new Resolved(target, direction, pairs, secondaryPairs, secondary, mirrorOf(rel, target));
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
