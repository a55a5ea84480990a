package io.alchemy.orm.persistence;

import io.alchemy.engine.Connection;
import io.alchemy.orm.exc.FlushError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.loading.EntityLoader;
import io.alchemy.orm.loading.LoadContext;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.state.EntityKey;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One flush of a Session's changes: the plan is made from the new, changed and deleted objects only (so its cost
 * follows the number of changed objects, not the size of the Session), checked before any SQL, then written table by
 * table in foreign key order: UPDATEs and INSERTs parents first, DELETEs children first.
 */
public final class Flush {
    private final UnitOfWork work;
    private final FlushTarget target;
    private int visited;
    private int updated;

    /** A flush of {@code work} on {@code connection}, loading with {@code loader}. */
    public Flush(UnitOfWork work, Connection connection, EntityLoader loader) {
        this(work, FlushTarget.single(connection, loader));
    }

    /** A flush of {@code work} writing each object through the connection {@code target} gives it. */
    public Flush(UnitOfWork work, FlushTarget target) {
        this.work = work;
        this.target = target;
    }

    /** How many objects the last plan looked at. */
    public int visited() {
        return visited;
    }

    /** How many objects the last plan's UPDATEs wrote (objects whose changes produced no UPDATE not counted). */
    public int updated() {
        return updated;
    }

    /** Writes the pending changes: inserts, updates and deletes in dependency order. */
    public void run() {
        DeleteCascade.markAtFlush(work);
        RelationshipSync relationships = new RelationshipSync(work);
        relationships.prepare();
        new ParentDeletion(work, target).prepare();
        relationships.deleting(state -> new LoadContext(() -> { }, statement -> target.connection(state), work,
                target.loader(state)));
        List<InstanceState> deletes = new ArrayList<>(work.deletedStates());
        List<InstanceState> inserts = new ArrayList<>(work.pendingStates());
        List<InstanceState> updates = new ArrayList<>();
        for (InstanceState state : work.modifiedStates()) {
            if (state.identity() != null && !work.isMarkedDeleted(state) && work.owns(state)) {
                updates.add(state);
            }
        }
        visited = deletes.size() + inserts.size() + updates.size();
        List<InstanceState> replaced = checkInserts(inserts, relationships);
        updates.forEach(Flush::loadKeysOfExpired);
        deletes.forEach(Flush::loadKeysOfExpired);
        deletes.removeIf(state -> replaced.stream().anyMatch(r -> r == state));

        Map<Table, List<InstanceState>> insertsByTable = byTable(inserts);
        Map<Table, List<InstanceState>> updatesByTable = byTable(updates);
        Map<Table, List<InstanceState>> deletesByTable = byTable(deletes);
        List<Table> order = TableOrder.sort(union(insertsByTable.keySet(), updatesByTable.keySet(), deletesByTable.keySet()));
        Map<Connection, UpdateWriter> updaters = new IdentityHashMap<>();
        Map<Connection, InsertWriter> inserters = new IdentityHashMap<>();
        Map<Connection, DeleteWriter> deleters = new IdentityHashMap<>();
        // a deleted row whose key a new object takes (SQLAlchemy's row switch): its DELETE goes first
        byTable(replaced).forEach((table, replacedStates) -> byConnection(replacedStates).forEach((connection, group) ->
                TableRows.runs(table, group).forEach(run -> deleters.computeIfAbsent(connection,
                        c -> new DeleteWriter(c, work)).delete(run.mapper(), run.states()))));
        for (Table table : order) {
            if (updatesByTable.containsKey(table)) {
                relationships.apply(updatesByTable.get(table));
                byConnection(updatesByTable.get(table)).forEach((connection, states) -> TableRows.runs(table, states)
                        .forEach(run -> updaters.computeIfAbsent(connection, c -> new UpdateWriter(c, work))
                                .update(run.mapper(), run.states())));
            }
            if (insertsByTable.containsKey(table)) {
                for (List<InstanceState> level : relationships.levels(insertsByTable.get(table))) {
                    relationships.apply(level);
                    byConnection(level).forEach((connection, states) -> TableRows.runs(table, states)
                            .forEach(run -> inserters.computeIfAbsent(connection, c -> new InsertWriter(c, work))
                                    .insert(run.mapper(), run.states())));
                }
            }
        }
        updated = updaters.values().stream().mapToInt(UpdateWriter::written).sum();
        relationships.writeAssociations(target::connection);
        for (int i = order.size() - 1; i >= 0; i--) {
            List<InstanceState> states = deletesByTable.get(order.get(i));
            if (states != null) {
                Table table = order.get(i);
                ParentDeletion.childrenFirst(table, states);
                byConnection(states).forEach((connection, group) -> TableRows.runs(table, group).forEach(run -> deleters
                        .computeIfAbsent(connection, c -> new DeleteWriter(c, work)).delete(run.mapper(), run.states())));
            }
        }
        work.flushed();
        relationships.flushed();
    }

    /**
     * A primary key the database does not generate must be given, come from a parent (for an association object) or
     * be computed by the column's {@code insertDefault} (computed here, before the INSERT, as SQLAlchemy pre-executes a
     * primary key's Python-side default); two objects cannot claim the same one. Returns the objects marked for
     * deletion whose key a new object takes (their DELETE is written first).
     */
    private List<InstanceState> checkInserts(List<InstanceState> inserts, RelationshipSync relationships) {
        List<InstanceState> replaced = new ArrayList<>();
        Map<EntityKey, InstanceState> claimed = new HashMap<>();
        Map<Mapper<?>, Optional<Column<?>>> generatedColumns = new IdentityHashMap<>();   // once per mapper, not per object
        for (InstanceState state : inserts) {
            TableRows.assignIdentity(state);
            Mapper<?> mapper = state.mapper();
            Column<?> generated = generatedColumns
                    .computeIfAbsent(mapper, m -> Optional.ofNullable(m.table().autoincrementColumn())).orElse(null);
            List<Object> id = new ArrayList<>(mapper.primaryKeyOf(state.object()));
            boolean complete = true;
            for (int i = 0; i < id.size(); i++) {
                Column<?> keyColumn = mapper.primaryKey().get(i).column();
                if (id.get(i) == null && keyColumn != generated && keyColumn.defaultValue() != null
                        && !relationships.fills(state, keyColumn)) {
                    Object computed = keyColumn.defaultValue().produce();
                    mapper.primaryKey().get(i).set(state.object(), computed);
                    id.set(i, computed);
                }
                if (id.get(i) == null && relationships.fills(state, keyColumn)) {
                    // a key copied from a parent that holds it already: the row it names is known now
                    id.set(i, relationships.valueToFill(state, keyColumn));
                }
                if (id.get(i) == null && keyColumn != generated && !relationships.fills(state, keyColumn)) {
                    throw new FlushError("Instance " + state.describe() + " has a NULL identity key: primary key "
                            + "attribute " + mapper.primaryKey().get(i) + " must be set before the flush, as the "
                            + "database does not generate it");
                }
                complete &= id.get(i) != null && !(mapper.primaryKey().get(i).column() == generated
                        && mapper.primaryKey().get(i).javaType().isPrimitive() && ((Number) id.get(i)).longValue() == 0);
            }
            if (!complete) {
                continue;
            }
            EntityKey key = EntityKey.of(mapper, id, state.identityToken());
            InstanceState persistent = work.inIdentityMap(key);
            InstanceState other = claimed.put(key, state);
            if (other == null && persistent != null && persistent != state && work.isMarkedDeleted(persistent)) {
                replaced.add(persistent);
                continue;
            }
            if (persistent != null && persistent != state || other != null) {
                throw new FlushError("New instance " + state.describe() + " with identity key " + key
                        + " conflicts with " + (other != null ? "pending" : "persistent") + " instance "
                        + (other != null ? other : persistent).describe());
            }
        }
        return replaced;
    }

    /**
     * The primary key and version of a changed or deleted object must be current before its UPDATE or DELETE is
     * written: an expired one is loaded (with the object's other expired columns, as SQLAlchemy loads them).
     */
    private static void loadKeysOfExpired(InstanceState state) {
        for (ColumnProperty key : state.mapper().primaryKey()) {
            if (state.unloadedAttributes().contains(key.name())) {
                InstanceState.onRead(state.object(), state, key.name());
            }
        }
        ColumnProperty version = state.mapper().versionCounter();
        if (version != null) {
            InstanceState.onRead(state.object(), state, version.name());
        }
    }

    /** The states by the connection that writes them, in order (one group, the common case, without binds). */
    private Map<Connection, List<InstanceState>> byConnection(List<InstanceState> states) {
        Map<Connection, List<InstanceState>> grouped = new LinkedHashMap<>();
        for (InstanceState state : states) {
            Connection connection = target.connection(state);
            List<InstanceState> group = null;
            for (Map.Entry<Connection, List<InstanceState>> entry : grouped.entrySet()) {
                if (entry.getKey() == connection) {
                    group = entry.getValue();
                }
            }
            if (group == null) {
                group = new ArrayList<>();
                grouped.put(connection, group);
            }
            group.add(state);
        }
        return grouped;
    }

    private static Map<Table, List<InstanceState>> byTable(List<InstanceState> states) {
        return TableRows.byTable(states);
    }

    @SafeVarargs
    private static List<Table> union(Collection<Table>... groups) {
        List<Table> all = new ArrayList<>();
        for (Collection<Table> group : groups) {
            all.addAll(group);
        }
        return all;
    }
}
