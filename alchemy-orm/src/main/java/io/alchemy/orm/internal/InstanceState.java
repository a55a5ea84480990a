package io.alchemy.orm.internal;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.exc.DetachedInstanceError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperProperty;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ORM's bookkeeping for one mapped object (SQLAlchemy's {@code InstanceState}): the Session holding it, its
 * identity (primary key) once it has a row, which attributes are unloaded (expired), and the values its changed
 * attributes had when last loaded or flushed, so that a flush visits only changed objects and writes only changed
 * columns. Enhanced classes call {@link #onRead} and {@link #onWrite} around each access to a mapped field.
 */
public final class InstanceState {
    /** The committed value of an attribute that was unloaded when it was changed. */
    public static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "NO_VALUE";
        }
    };

    private boolean expiredWhole;
    private boolean orphanedOutsideOfSession;
    private final Object object;
    private final Mapper<?> mapper;
    private StateOwner owner;
    private List<Object> identity;
    private @Nullable Object identityToken;
    private boolean deleted;
    private boolean wasDeleted;
    // both sets start shared and read-only (empty, or the mapper's relationship names) and are copied on first change,
    // so that a loaded row's state allocates no set of its own
    private Set<String> unloaded = Set.of();
    private Set<String> unloadedRelationships = Set.of();
    private Map<String, LoadStrategy> loadedWith;
    private Map<String, Object> committed;
    /** Made for the few objects that need it: final collections' views, unmapped foreign key values. */
    private Extras extras;

    private static final class Extras {
        private final Map<String, TrackedCollection> collectionViews = new java.util.HashMap<>(2);
        private final Map<io.alchemy.schema.Column<?>, Object> unmappedColumns = new java.util.LinkedHashMap<>(2);
    }

    private Extras extras() {
        if (extras == null) {
            extras = new Extras();
        }
        return extras;
    }

    private InstanceState(Object object, Mapper<?> mapper) {
        this.object = object;
        this.mapper = mapper;
    }

    /** The state of {@code entity}, or {@code null} when no Session has seen it; {@link ArgumentError} if not enhanced. */
    public static @Nullable InstanceState of(Object entity) {
        return managed(entity).$alchemy$state();
    }

    /** The state of {@code entity}, or {@code null} when it has none or is not enhanced. */
    static @Nullable InstanceState stateOrNull(Object entity) {
        return entity instanceof ManagedEntity managed ? managed.$alchemy$state() : null;
    }

    /** The state of {@code entity}, made when it has none yet. */
    public static InstanceState obtain(Object entity, Mapper<?> mapper) {
        ManagedEntity managed = managed(entity);
        InstanceState state = managed.$alchemy$state();
        if (state == null) {
            state = new InstanceState(entity, mapper);
            managed.$alchemy$state(state);
        }
        return state;
    }

    private static ManagedEntity managed(Object entity) {
        if (entity instanceof ManagedEntity managed) {
            return managed;
        }
        throw new ArgumentError(entity == null ? "null is not a mapped object"
                : "Class " + entity.getClass().getName() + " is not an enhanced mapped class");
    }

    // ------------------------------------------------------------------ hooks called by enhanced classes

    /**
     * Called by enhanced code before a mapped field of {@code entity} is read: loads it first when it is unloaded.
     * {@code state} is the object's state, {@code null} while no Session has seen it.
     */
    public static void onRead(Object entity, InstanceState state, String attribute) {
        if (state != null && !state.unloaded.isEmpty() && state.unloaded.contains(attribute)) {
            state.load(attribute);
        }
    }

    /** Called by enhanced code before a mapped field of {@code entity} is written: records the change. */
    public static void onWrite(Object entity, InstanceState state, String attribute, Object newValue) {
        if (state != null) {
            state.changing(attribute);
        }
    }

    /**
     * Called by enhanced code when a relationship field is read, with the field's value: loads the relationship first
     * when it is unloaded, gives an empty collection for a collection never set; returns what the read gives.
     */
    public static Object onGet(Object entity, InstanceState state, String attribute, Object current) {
        return RelationshipEvents.get(entity, state, attribute, current);
    }

    /**
     * Called by enhanced code when a relationship field is written: records the change, keeps the other side of a
     * {@code backPopulates} pair in sync, cascades {@code save-update}; returns what the field is set to (a collection
     * wrapped so that its changes are seen).
     */
    public static Object onSet(Object entity, InstanceState state, String attribute, Object value) {
        return RelationshipEvents.set(entity, state, attribute, value);
    }

    /** Loads {@code relationship} through the owning Session. */
    public void loadRelationship(RelationshipProperty relationship) {
        if (owner == null) {
            throw new DetachedInstanceError("Parent instance " + describe() + " is not bound to a Session; lazy load "
                    + "operation of attribute '" + relationship.name() + "' cannot proceed");
        }
        owner.loadRelationship(this, relationship);
    }

    private void load(String attribute) {
        if (owner == null) {
            throw new DetachedInstanceError("Instance " + describe() + " is not bound to a Session; attribute refresh "
                    + "operation cannot proceed (attribute '" + attribute + "')");
        }
        owner.load(this, attribute);
    }

    void changing(String attribute) {
        if (identity == null) {
            return;
        }
        MapperProperty property = mapper.attributeOrNull(attribute);
        if (property == null) {
            return;
        }
        boolean wasUnloaded = unloaded.contains(attribute) && ownUnloaded().remove(attribute);
        boolean first = committed == null;
        if (first) {
            committed = new HashMap<>(4);
        }
        if (!committed.containsKey(attribute)) {
            committed.put(attribute, wasUnloaded ? NO_VALUE : valueOf(property));
        }
        if (first && owner != null) {
            owner.modified(this);
        }
    }

    private Object valueOf(MapperProperty property) {
        return property instanceof ColumnProperty column ? column.get(object) : ((RelationshipProperty) property).get(object);
    }

    // ------------------------------------------------------------------ what the state knows

    /**
     * The value of the object's column {@code column}, read without instrumentation; {@link ArgumentError} when the
     * mapper maps no attribute to it (relationship joins need it).
     */
    public Object columnValue(Column<?> column) {
        ColumnProperty property = mapper().propertyFor(column);
        if (property == null) {
            throw new ArgumentError(mapper().entityClass().getSimpleName() + " maps no attribute to column '"
                    + column + "', which relationship joins need");
        }
        return property.get(object());
    }

    /** The object. */
    public Object object() {
        return object;
    }

    /** The object's mapper. */
    public Mapper<?> mapper() {
        return mapper;
    }

    /** Where the object stands. */
    public ObjectState state() {
        if (owner == null) {
            return identity == null ? ObjectState.TRANSIENT : ObjectState.DETACHED;
        }
        if (deleted) {
            return ObjectState.DELETED;
        }
        return identity == null ? ObjectState.PENDING : ObjectState.PERSISTENT;
    }

    /** The primary key values of the object's row, or {@code null} before it has one. */
    public List<Object> identity() {
        return identity;
    }

    /**
     * The identity token: which of several databases holding rows with the same primary keys the object's row is in
     * (a sharded Session's shard id), or {@code null}. Part of the object's identity key.
     */
    public @Nullable Object identityToken() {
        return identityToken;
    }

    /** The attributes that are expired or not loaded yet, which the next read loads. */
    public Set<String> unloadedAttributes() {
        return unloaded instanceof LinkedHashSet ? Collections.unmodifiableSet(unloaded) : unloaded;
    }

    /** Whether an attribute was set since the object was last loaded or flushed (SQLAlchemy's {@code modified}). */
    public boolean isModified() {
        return committed != null;
    }

    /** The attributes set since the object was last loaded or flushed. */
    public Set<String> modifiedAttributes() {
        return committed == null ? Set.of() : Collections.unmodifiableSet(committed.keySet());
    }

    /**
     * The value {@code attribute} had when last loaded or flushed, when it was set since; {@link #NO_VALUE} if it was
     * unloaded then; the current value otherwise.
     */
    public Object committedValue(String attribute) {
        if (committed != null && committed.containsKey(attribute)) {
            return committed.get(attribute);
        }
        return valueOf(mapper.attribute(attribute));
    }

    // ------------------------------------------------------------------ transitions, done by the Session

    /** The Session side that owns this state, or {@code null}. */
    public StateOwner owner() {
        return owner;
    }

    /** Sets the owner. */
    public void owner(StateOwner newOwner) {
        this.owner = newOwner;
    }

    /** Sets the primary key identity ({@code null} when it has none). */
    public void identity(List<Object> key) {
        this.identity = key == null ? null : List.copyOf(key);
    }

    /** Sets the identity token (the shard id); {@code null} for none. */
    public void identityToken(@Nullable Object token) {
        this.identityToken = token;
    }

    /** Marks the state deleted (by a flush) or not. */
    public void deleted(boolean flag) {
        this.deleted = flag;
        if (flag) {
            wasDeleted = true;
        }
    }

    /** Whether a flush deleted the object's row (SQLAlchemy's {@code was_deleted}); kept when it is detached. */
    public boolean wasDeleted() {
        return wasDeleted;
    }

    /** A rollback brought the deleted row back. */
    public void undeleted() {
        deleted = false;
        wasDeleted = false;
    }

    /**
     * SQLAlchemy's {@code make_transient}: no owner, no identity, not deleted; expired attributes stay unloaded
     * without loading (they read as the field's current value); no pending changes.
     */
    public void makeTransient() {
        owner = null;
        identity = null;
        deleted = false;
        wasDeleted = false;
        for (String attribute : unloaded) {
            // an expired attribute has no value: SQLAlchemy reads it as None after make_transient
            if (mapper.attributeOrNull(attribute) instanceof ColumnProperty column && !column.javaType().isPrimitive()) {
                column.set(object, null);
            }
        }
        unloaded = Set.of();
        unloadedRelationships = Set.of();
        committed = null;
    }

    /**
     * SQLAlchemy's {@code make_transient_to_detached}: the primary key becomes the identity, every other column
     * attribute and every relationship is unloaded, so a Session loads them on access.
     */
    public void toDetached() {
        identity(mapper.primaryKeyOf(object));
        for (ColumnProperty column : mapper.columnProperties()) {
            if (!mapper.primaryKey().contains(column)) {
                ownUnloaded().add(column.name());
            }
        }
        unloadRelationships();
        committed = null;
    }

    /** The current values are now the committed ones: after a flush or a load. */
    public void commitAll() {
        committed = null;
    }

    /**
     * The object's row is to get {@code value} in {@code column}, which its class maps no attribute for: a foreign
     * key a one-to-many declares on the parent's side ({@code joinColumns}). Written by the next INSERT or UPDATE.
     */
    public void unmappedColumn(io.alchemy.schema.Column<?> column, @Nullable Object value) {
        extras().unmappedColumns.put(column, value);
    }

    /** The values for columns the class maps no attribute for, not written yet. */
    public Map<io.alchemy.schema.Column<?>, Object> unmappedColumns() {
        return extras == null ? Map.of() : java.util.Collections.unmodifiableMap(extras.unmappedColumns);
    }

    /** The unmapped column values of {@code table} were written. */
    public void unmappedColumnsWritten(io.alchemy.schema.Table table) {
        if (extras != null) {
            extras.unmappedColumns.keySet().removeIf(column -> column.table() == table);
        }
    }

    /** The tracked view of the {@code final} collection field {@code relationship} holding {@code held}, made once. */
    TrackedCollection collectionView(String relationship, Object held,
            java.util.function.Supplier<TrackedCollection> made) {
        Map<String, TrackedCollection> views = extras().collectionViews;
        TrackedCollection view = views.get(relationship);
        if (view == null || !view.backedBy(held)) {
            view = made.get();
            views.put(relationship, view);
        }
        return view;
    }

    /** Whether the relationship {@code name} is not loaded yet (or expired): the next read loads it. */
    public boolean isUnloaded(String relationship) {
        return unloadedRelationships.contains(relationship);
    }

    /** Marks every relationship of the object unloaded (a row just loaded, or everything expired). */
    public void unloadRelationships() {
        if (unloadedRelationships.isEmpty()) {
            unloadedRelationships = mapper.relationshipNames();
        } else {
            ownUnloadedRelationships().addAll(mapper.relationshipNames());
        }
    }

    private Set<String> ownUnloaded() {
        if (!(unloaded instanceof LinkedHashSet)) {
            unloaded = new LinkedHashSet<>(unloaded);
        }
        return unloaded;
    }

    private Set<String> ownUnloadedRelationships() {
        if (!(unloadedRelationships instanceof LinkedHashSet)) {
            unloadedRelationships = new LinkedHashSet<>(unloadedRelationships);
        }
        return unloadedRelationships;
    }

    /** How an unloaded relationship loads on access: the query's loader option, else the relationship's default. */
    public LoadStrategy strategy(RelationshipProperty relationship) {
        LoadStrategy chosen = loadedWith == null ? null : loadedWith.get(relationship.name());
        return chosen == null ? relationship.lazy() : chosen;
    }

    /** Remembers the loader option of the query that loaded the object, for a later access to the relationship. */
    public void strategy(String relationship, LoadStrategy strategy) {
        if (loadedWith == null) {
            loadedWith = new HashMap<>(4);
        }
        loadedWith.put(relationship, strategy);
    }

    /** Marks one relationship loaded: its field now holds what the database has. */
    public void relationshipLoaded(String relationship) {
        if (unloadedRelationships.contains(relationship)) {
            ownUnloadedRelationships().remove(relationship);
        }
        expiredWhole = false;
    }

    /** Marks the given attributes unloaded, forgetting their pending changes. */
    public void expire(Iterable<String> attributes) {
        for (String attribute : attributes) {
            if (mapper.attributeOrNull(attribute) instanceof RelationshipProperty) {
                ownUnloadedRelationships().add(attribute);
                if (committed != null) {
                    committed.remove(attribute);
                }
                continue;
            }
            ownUnloaded().add(attribute);
        }
        forgetChanges(attributes);
    }

    /**
     * The given attributes now hold the values the database has (an ORM bulk UPDATE set both): loaded, and no
     * longer changed.
     */
    public void synchronizedWith(Iterable<String> attributes) {
        for (String attribute : attributes) {
            if (unloaded.contains(attribute)) {
                ownUnloaded().remove(attribute);
            }
        }
        forgetChanges(attributes);
    }

    private void forgetChanges(Iterable<String> attributes) {
        if (committed == null) {
            return;
        }
        for (String attribute : attributes) {
            committed.remove(attribute);
        }
        if (committed.isEmpty()) {
            committed = null;
        }
    }

    /** Marks the given attributes loaded. */
    public void loaded(Iterable<String> attributes) {
        for (String attribute : attributes) {
            if (unloaded.contains(attribute)) {
                ownUnloaded().remove(attribute);
            }
        }
        expiredWhole = false;
    }

    /** Whether a parent outside any Session removed it from a delete-orphan collection, and nothing took it since. */
    public boolean orphanedOutsideOfSession() {
        return orphanedOutsideOfSession;
    }

    /** Records (or clears) that a parent outside any Session removed it from a delete-orphan collection. */
    public void orphanedOutsideOfSession(boolean orphaned) {
        orphanedOutsideOfSession = orphaned;
    }

    /**
     * Whether the whole object was expired ({@code expire(obj)}, {@code expireAll()}) and nothing loaded since:
     * reading a joined-eager relationship then reloads the row with the join (SQLAlchemy's expired state).
     */
    public boolean expiredWhole() {
        return expiredWhole;
    }

    /** Records that the whole object was expired, or ({@code false}) that something of it loaded. */
    public void expiredWhole(boolean whole) {
        expiredWhole = whole;
    }

    /** {@code <User at 0x1b2c3d>}, as SQLAlchemy names an instance in messages. */
    public String describe() {
        return "<" + object.getClass().getSimpleName() + " at 0x" + Integer.toHexString(System.identityHashCode(object)) + ">";
    }

    @Override
    public String toString() {
        return "InstanceState" + describe() + "[" + state() + (identity == null ? "" : " " + identity) + "]";
    }
}
