package io.alchemy.orm.persistence;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperHierarchy;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.state.EntityKey;
import io.alchemy.orm.state.UnitOfWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code Session.merge} of a detached graph reads, loaded level by level before it merges, so that the merge
 * itself finds everything in the identity map: SQLAlchemy's merge looks each object up with {@code get()} and loads
 * each persistent object's cascaded relationships before replacing them, one SELECT each; here, per level of the
 * graph, one {@code SELECT … WHERE pk IN (…)} per mapper for the objects not in the identity map, then one selectin
 * load per relationship for the Session objects where it is unloaded. The same rows are read and the merge's outcome is
 * the same; only the number of statements no longer grows with the graph. It follows exactly what the merge follows
 * (relationships with the {@code merge} cascade, loaded and set on the given object); a key that no row has is
 * remembered so that the merge makes its new object without looking again.
 */
public final class MergePreload {
    private final UnitOfWork work;
    private final Loads loads;
    private final Set<EntityKey> absent;
    private final Set<Object> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** How the Session loads in batches (the loading package's {@code BatchLoads} through its connection). */
    public interface Loads {

        /** Loads the objects of {@code mapper} (a single-column primary key) with these primary key values. */
        void objects(Mapper<?> mapper, List<Object> keys);

        /** Loads {@code relationship} on each of {@code parents} (Session objects) where it is unloaded. */
        void relationship(RelationshipProperty relationship, List<Object> parents);
    }

    MergePreload(UnitOfWork work, Loads loads, Set<EntityKey> absent) {
        this.work = work;
        this.loads = loads;
        this.absent = absent;
    }

    /** Loads what merging {@code root} and the graph it cascades to reads. */
    void run(Object root) {
        List<Object> level = List.of(root);
        visited.add(root);
        while (!level.isEmpty()) {
            List<Object> given = level.stream().filter(entity -> !work.owns(work.stateOf(entity))).toList();
            loadObjects(given);
            loadRelationships(given);
            level = next(given);
        }
    }

    private void loadObjects(List<Object> level) {
        Map<Mapper<?>, Set<Object>> wanted = new LinkedHashMap<>();
        Map<Mapper<?>, List<EntityKey>> keys = new LinkedHashMap<>();
        for (Object entity : level) {
            InstanceState given = work.stateOf(entity);
            EntityKey key = keyOf(given);
            if (key == null || given.mapper().primaryKey().size() != 1 || work.inIdentityMap(key) != null) {
                continue;
            }
            if (wanted.computeIfAbsent(given.mapper(), m -> new LinkedHashSet<>()).add(key.id().get(0))) {
                keys.computeIfAbsent(given.mapper(), m -> new ArrayList<>()).add(key);
            }
        }
        wanted.forEach((mapper, ids) -> {
            loads.objects(mapper, List.copyOf(ids));
            keys.get(mapper).stream().filter(key -> work.inIdentityMap(key) == null).forEach(absent::add);
        });
    }

    private void loadRelationships(List<Object> level) {
        Map<RelationshipProperty, List<Object>> wanted = new LinkedHashMap<>();
        for (Object entity : level) {
            InstanceState given = work.stateOf(entity);
            EntityKey key = keyOf(given);
            InstanceState target = key == null ? null : work.inIdentityMap(key);
            if (target == null || work.isMarkedDeleted(target)) {
                continue;
            }
            for (RelationshipProperty relationship : followed(given)) {
                if (target.isUnloaded(relationship.name())) {
                    wanted.computeIfAbsent(declared(relationship), r -> new ArrayList<>()).add(target.object());
                }
            }
        }
        wanted.forEach(loads::relationship);
    }

    private List<Object> next(List<Object> level) {
        List<Object> next = new ArrayList<>();
        for (Object entity : level) {
            InstanceState given = work.stateOf(entity);
            for (RelationshipProperty relationship : followed(given)) {
                Object value = relationship.get(entity);
                Collection<?> related = value instanceof Collection<?> elements ? elements
                        : value == null ? List.of() : List.of(value);
                for (Object element : related) {
                    if (element != null && visited.add(element)) {
                        next.add(element);
                    }
                }
            }
        }
        return next;
    }

    /**
     * The relationship as the root of its class's hierarchy maps it, when it does: the pets of several subclasses load
     * their visits in one statement.
     */
    private static RelationshipProperty declared(RelationshipProperty relationship) {
        MapperHierarchy hierarchy = relationship.parent().hierarchy();
        if (hierarchy == null || hierarchy.root() == relationship.parent()) {
            return relationship;
        }
        return hierarchy.root().relationships().stream().filter(r -> r.name().equals(relationship.name()))
                .findFirst().orElse(relationship);
    }

    /** The relationships the merge follows on {@code given}, as {@code MergeCascade.merge} chooses them. */
    private static List<RelationshipProperty> followed(InstanceState given) {
        List<RelationshipProperty> followed = new ArrayList<>();
        for (RelationshipProperty relationship : given.mapper().relationships()) {
            if (MergeCascade.cascades(relationship) && !given.isUnloaded(relationship.name())
                    && MergeCascade.wasSet(given, relationship)) {
                followed.add(relationship);
            }
        }
        return followed;
    }

    /**
     * The key the merge looks {@code given} up by, when complete and the same as its current primary key (the merge
     * loads by the latter).
     */
    private static EntityKey keyOf(InstanceState given) {
        List<Object> current = given.mapper().primaryKeyOf(given.object());
        if (current.stream().anyMatch(Objects::isNull)
                || given.identity() != null && !given.identity().equals(current)) {
            return null;
        }
        return EntityKey.of(given.mapper(), current);
    }
}
