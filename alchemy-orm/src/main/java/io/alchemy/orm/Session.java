package io.alchemy.orm;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.engine.ScalarResult;
import io.alchemy.engine.Transaction;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.NoResultFound;
import io.alchemy.exc.UnboundExecutionError;
import io.alchemy.orm.dml.OrmDml;
import io.alchemy.orm.dml.Synchronization;
import io.alchemy.orm.exc.ObjectDeletedError;
import io.alchemy.orm.exc.PendingRollbackError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.internal.StateOwner;
import io.alchemy.orm.internal.TrackedCollection;
import io.alchemy.orm.loading.BatchLoads;
import io.alchemy.orm.loading.EntityLoader;
import io.alchemy.orm.loading.EntityQuery;
import io.alchemy.orm.insight.NPlusOneTracker;
import io.alchemy.orm.loading.LoadContext;
import io.alchemy.orm.loading.RelationshipLoader;
import io.alchemy.orm.loading.LoaderStrategies;
import io.alchemy.orm.loading.OrmResult;
import io.alchemy.orm.loading.PolymorphicRows;
import io.alchemy.orm.loading.RowShape;
import io.alchemy.orm.loading.StatementSubjects;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperProperty;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.persistence.CascadePath;
import io.alchemy.orm.persistence.DeleteCascade;
import io.alchemy.orm.persistence.Flush;
import io.alchemy.orm.persistence.FlushTarget;
import io.alchemy.orm.persistence.MergeCascade;
import io.alchemy.orm.persistence.MergePreload;
import io.alchemy.orm.persistence.SaveUpdateCascade;
import io.alchemy.orm.persistence.Values;
import io.alchemy.orm.state.EntityKey;
import io.alchemy.orm.state.TransactionFrame;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.sql.DmlStatement;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Select;
import io.alchemy.sql.SelectBase;
import io.alchemy.sql.TableClause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * SQLAlchemy's {@code Session}: a unit of work over mapped objects and a transaction. Objects go from transient
 * (new) to pending ({@link #add}) to persistent ({@link #flush}: INSERT, primary key fetched) and are kept one per row
 * in an identity map ({@link #get} answers from it without SQL); changes to persistent objects are seen as they are
 * made and flushed as UPDATEs of the changed columns; {@link #delete} deletes at the next flush. Queries and
 * {@code get} misses flush first (autoflush). {@link #commit()} flushes, commits and expires every object, so the next
 * access reloads it; {@link #rollback()} rolls back, expires everything, makes objects inserted in the transaction
 * transient again and restores deleted ones; {@link #close()} rolls back and detaches every object.
 *
 * <p>A Session takes a connection when its transaction begins (on first use) and gives it back when the transaction
 * ends, so it holds none between transactions, and can be used again after {@code close()}. Not thread-safe.
 *
 * <p>Binds (SQLAlchemy's {@code Session(binds=…)}): a Session made with {@link SessionBinds} (see
 * {@link SessionFactory#builder()}) runs each statement and writes each object on the engine {@link #getBind} chooses
 * for its class or table. Its transaction spans the engines it touched, one connection each; commit commits them one
 * after the other in the order first used. That is not a two-phase commit: when a later COMMIT fails, the earlier ones
 * stay committed.
 */
public class Session implements AutoCloseable {
    private final SessionBinds binds;
    private final SessionOptions options;
    private final UnitOfWork work = new UnitOfWork(new Owner());
    private final EntityLoader loader = new EntityLoader(work);
    private final Map<Object, EntityLoader> tokenLoaders = new HashMap<>();
    private final Map<Engine, Connection> connections = new LinkedHashMap<>();
    private boolean begun;
    private boolean flushing;
    private int noAutoflush;
    private RuntimeException pendingRollback;
    /** The root transaction's handle, once {@link #begin()} or {@link #getTransaction()} made one. */
    private @Nullable SessionTransaction rootTransaction;
    /** The handles of the savepoints under way, by their frame. */
    private final Map<TransactionFrame, SessionTransaction> savepointHandles = new java.util.IdentityHashMap<>();
    private TransactionFrame failedSavepoint;
    private String failedPhase;
    private int lastFlushVisited;
    private final List<SessionEvents> events = new ArrayList<>();
    private final @Nullable NPlusOneTracker nPlusOne;

    /** A Session on {@code engine} with the default options; no connection is taken until the first statement. */
    public Session(Engine engine) {
        this(engine, SessionOptions.DEFAULTS);
    }

    /** A Session on {@code engine} with {@code options}. */
    public Session(Engine engine, SessionOptions options) {
        this(SessionBinds.of(engine), options);
    }

    /**
     * A Session whose statements and objects go to the engines {@code binds} gives them (a default engine, engines by
     * class and by table); see {@link #getBind}.
     */
    public Session(SessionBinds binds, SessionOptions options) {
        this.binds = Objects.requireNonNull(binds, "binds");
        this.options = Objects.requireNonNull(options, "options");
        this.events.addAll(options.events());
        this.nPlusOne = NPlusOneTracker.of(options.nPlusOne());
    }

    /** Adds a listener to this Session's flushes, commits and rollbacks, after those of its options. */
    public void addEvents(SessionEvents listener) {
        events.add(Objects.requireNonNull(listener, "listener"));
    }

    // ------------------------------------------------------------------ statements

    /**
     * Executes a statement in the Session's transaction, beginning it if needed. A SELECT flushes pending changes
     * first (autoflush); the rows of a SELECT of entities ({@code select(User.class)}) hold the mapped objects. An
     * ORM-enabled UPDATE or DELETE ({@code update(User.class).where(…)}) synchronizes the Session's objects
     * ({@link SynchronizeSession#AUTO}).
     */
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Executes a statement with named parameters in the Session's transaction. */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return execute(statement, parameters, SynchronizeSession.AUTO);
    }

    /** Executes an ORM-enabled UPDATE or DELETE, synchronizing the Session's objects as {@code mode} says. */
    public Result execute(Executable statement, SynchronizeSession mode) {
        return execute(statement, Map.of(), mode);
    }

    /** Executes a statement with named parameters; an ORM-enabled UPDATE or DELETE synchronizes as {@code mode} says. */
    public Result execute(Executable statement, Map<String, ?> parameters, SynchronizeSession mode) {
        autoflushBefore(statement);
        return executeOn(getBind(null, statement), null, statement, parameters, mode);
    }

    /**
     * Runs a statement on the transaction's connection to {@code bind}, the objects of its rows keyed with
     * {@code identityToken} (a shard id; {@code null} in a plain Session): the step after choosing where a statement
     * goes, for subclasses that choose differently ({@code ShardedSession} runs a query once per shard).
     */
    protected final Result executeOn(Engine bind, @Nullable Object identityToken, Executable statement,
            Map<String, ?> parameters, SynchronizeSession mode) {
        autoflushBefore(statement);
        Connection target = connectionFor(bind);
        if (OrmDml.isOrmEnabled(statement)) {
            return new OrmDml(target, work, identityToken).execute((DmlStatement) statement, parameters,
                    Synchronization.valueOf(mode.name()));
        }
        return run(statement, parameters, target, identityToken);
    }

    /** executemany on the transaction's connection to {@code bind}; see {@link #executeOn(Engine, Object, Executable, Map, SynchronizeSession)}. */
    protected final Result executeManyOn(Engine bind, @Nullable Object identityToken, Executable statement,
            List<? extends Map<String, ?>> parameterSets, SynchronizeSession mode) {
        autoflushBefore(statement);
        Connection target = connectionFor(bind);
        if (OrmDml.isOrmEnabled(statement)) {
            return new OrmDml(target, work, identityToken).execute((DmlStatement) statement, parameterSets,
                    Synchronization.valueOf(mode.name()));
        }
        return target.execute(statement, parameterSets);
    }

    /**
     * executemany in the Session's transaction. With an ORM-enabled statement the parameter sets are keyed by
     * attribute name: {@code insert(User.class)} is a bulk INSERT (insertmanyvalues), {@code update(User.class)} a
     * bulk UPDATE by primary key (each set names the primary key) that updates the objects already in the Session.
     */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return execute(statement, parameterSets, SynchronizeSession.AUTO);
    }

    /** executemany; a bulk UPDATE by primary key leaves the Session's objects alone with {@link SynchronizeSession#NONE}. */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets, SynchronizeSession mode) {
        autoflushBefore(statement);
        return executeManyOn(getBind(null, statement), null, statement, parameterSets, mode);
    }

    /**
     * The first column of each row, typed by the statement: {@code session.scalars(select(User.class)).all()} is a
     * {@code List<User>}, {@code session.scalars(select(User_.name)).all()} a {@code List<String>}.
     */
    public <T> ScalarResult<T> scalars(Select<T> select) {
        return execute(select).scalars(select.scalarType());
    }

    /** The first entity or column of each row of a {@link FromStatement}, typed by its entity SELECT. */
    public <T> ScalarResult<T> scalars(FromStatement<T> statement) {
        return execute(statement).scalars(statement.entities().scalarType());
    }

    /** The first column of the first row, typed by the statement, or {@code null} when there is no row. */
    public <T> @Nullable T scalar(Select<T> select) {
        return execute(select).scalar(select.scalarType());
    }

    /** The first column of exactly one row, typed by the statement; {@code NoResultFound} / {@code MultipleResultsFound} otherwise. */
    public <T> T scalarOne(Select<T> select) {
        return execute(select).scalarOne(select.scalarType());
    }

    /** The first column of each row, as {@code type}: {@code session.scalars(textStatement, User.class)}. */
    public <T> ScalarResult<T> scalars(Executable statement, Class<T> type) {
        return execute(statement).scalars(type);
    }

    /** The first column of each row. */
    public ScalarResult<Object> scalars(Executable statement) {
        return execute(statement).scalars();
    }

    /** The first column of the first row as {@code type}, or {@code null} when there is no row. */
    public <T> @Nullable T scalar(Executable statement, Class<T> type) {
        return execute(statement).scalar(type);
    }

    /** The first column of exactly one row; {@code NoResultFound} / {@code MultipleResultsFound} otherwise. */
    public <T> T scalarOne(Executable statement, Class<T> type) {
        return execute(statement).scalarOne(type);
    }

    private void autoflushBefore(Executable statement) {
        checkUsable();
        if (statement instanceof SelectBase || statement instanceof FromStatement<?> || OrmDml.isOrmEnabled(statement)) {
            autoflush();
        }
    }

    /** Runs a statement; a SELECT of entities through {@link EntityQuery} (objects, loader options). */
    private Result run(Executable statement, Map<String, ?> parameters, Connection target, @Nullable Object token) {
        if (statement instanceof FromStatement<?> from && from.byName()) {
            return EntityQuery.fromText(from.entities(), from.statement(), parameters, queryContext(target, token));
        }
        if (statement instanceof FromStatement<?> from) {
            Result rows = target.execute(statement, parameters);
            RowShape shape = RowShape.of(from.entities());
            return shape.hasEntities() ? new OrmResult(rows, shape, loaderFor(token)) : rows;
        }
        if (statement instanceof Select<?> select) {
            RowShape shape = RowShape.of(select);
            if (shape.hasEntities()) {
                return EntityQuery.execute(select, shape, parameters, queryContext(target, token));
            }
            return target.execute(PolymorphicRows.columnsFiltered(select), parameters);   // single-table subclasses
        }
        return target.execute(statement, parameters);
    }

    // ------------------------------------------------------------------ objects

    /** Puts an object in the Session: a new one becomes pending (inserted at the next flush), a detached one persistent. */
    public void add(Object entity) {
        checkUsable();
        InstanceState state = work.stateOf(entity);
        autobegin();
        new SaveUpdateCascade(work).add(state);
    }

    /**
     * SQLAlchemy's autobegin: a change to the Session's objects (add, delete, an attribute set) begins its
     * transaction, without a connection yet; {@link InvalidRequestError} when autobegin is off and none is going.
     */
    private void autobegin() {
        if (!inTransaction()) {
            if (!options.autobegin()) {
                throw autobeginDisabled();
            }
            begun = true;
        }
    }

    private static InvalidRequestError autobeginDisabled() {
        return new InvalidRequestError("Autobegin is disabled on this Session; please call session.begin() to start "
                + "a new transaction");
    }

    /** {@link #add} for each object, in order. */
    public void addAll(Collection<?> entities) {
        entities.forEach(this::add);
    }

    /** Marks a persistent object for deletion at the next flush; {@link InvalidRequestError} if it has no row. */
    public void delete(Object entity) {
        checkUsable();
        InstanceState state = work.stateOf(entity);
        autobegin();
        work.markDeleted(state);
        noAutoflush(() -> DeleteCascade.mark(work, state));
    }

    /**
     * The object with this primary key (a value, or a {@code List} for a composite key): from the identity map
     * without SQL when it is there and loaded, else by {@code SELECT … WHERE pk = ?} (after an autoflush), which
     * loads the relationships the mapping makes eager ({@code lazy = SELECTIN}, {@code JOINED}, {@code SUBQUERY}) as
     * {@code select(Entity)} does; {@code null} when there is no such row or the object is marked for deletion.
     */
    public <T> @Nullable T get(Class<T> type, Object id) {
        checkUsable();
        Mapper<T> mapper = Mappers.of(type);
        return identityLookup(mapper, primaryKeyOf(mapper, id), null, getBind(mapper, null));
    }

    /** {@code id} (a value, or a {@code List} for a composite key) as the primary key values of {@code mapper}. */
    protected static List<Object> primaryKeyOf(Mapper<?> mapper, Object id) {
        return mapper.identityOf(id instanceof List<?> values ? values : List.of(id));
    }

    /**
     * {@link #get}'s lookup of one identity key: the object with primary key {@code key} and identity token
     * {@code identityToken} from the identity map, else loaded through the transaction's connection to {@code bind};
     * {@code null} when there is no such row (or the object is marked for deletion).
     */
    protected final <T> @Nullable T identityLookup(Mapper<T> mapper, List<Object> key, @Nullable Object identityToken,
            Engine bind) {
        checkUsable();
        Class<T> type = mapper.entityClass();
        InstanceState present = work.inIdentityMap(EntityKey.of(mapper, key, identityToken));
        if (present != null) {
            if (work.isMarkedDeleted(present) || !type.isInstance(present.object())) {   // another class of the hierarchy
                return null;
            }
            try {
                if (!present.unloadedAttributes().isEmpty()) {
                    load(present);
                }
            } catch (ObjectDeletedError gone) {
                work.gone(present);
                return null;
            }
            return type.cast(present.object());
        }
        autoflush();
        if (nPlusOne != null) {
            nPlusOne.get(mapper);
        }
        return type.cast(EntityQuery.byIdentity(mapper, key, queryContext(connectionFor(bind), identityToken)));
    }

    /**
     * {@link #get}, but {@link NoResultFound} when there is no such row (SQLAlchemy's {@code Session.get_one}).
     */
    public <T> T getOne(Class<T> type, Object id) {
        T found = get(type, id);
        if (found == null) {
            throw new NoResultFound("No row was found when one was required");
        }
        return found;
    }

    private static final org.slf4j.Logger MERGE_LOG = org.slf4j.LoggerFactory.getLogger(Session.class.getName() + ".merge");

    /** {@link Orm#makeTransient}: the object leaves this Session without a trace. */
    void forget(InstanceState state) {
        work.forget(state);
    }

    /**
     * Copies the state of {@code entity} onto the Session's object with the same primary key (loaded with {@link #get}
     * if needed) and returns that object; without such a row, a new pending copy. {@code entity} itself is not added.
     * Relationships with the {@code merge} cascade (a default) that are loaded on {@code entity} are merged too, and
     * the returned object's relationship then holds the merged objects, as SQLAlchemy's {@code Session.merge} does.
     * Autoflush is off while it merges (SQLAlchemy's {@code no_autoflush}): pending changes flush later.
     */
    public <T> T merge(T entity) {
        checkUsable();
        InstanceState given = work.stateOf(entity);
        if (given.identity() == null && work.owns(given)) {
            MERGE_LOG.warn("Instance {} is already pending in this Session yet is being merged again; this is "
                    + "probably not what you want to do", given.describe());
        }
        // as SQLAlchemy: pending changes are flushed first (the merge loads), then nothing flushes while it merges
        autoflush();
        // as SQLAlchemy's merge (with self.no_autoflush): a get() of a related object must not flush an object whose
        // merge is half done (a new object without its foreign keys yet)
        return noAutoflush(() -> mergeLoadsInBatches()
                ? new MergeCascade(this::mergeColumns, work).mergeGraph(entity, mergeLoads())
                : new MergeCascade(this::mergeColumns, work).merge(entity));
    }

    /**
     * Whether {@link #merge(Object)} loads what it reads in batches ({@link MergePreload}: a few statements whatever
     * the size of the graph) rather than one {@link #get} and one lazy load per object; a Session whose {@code get}
     * looks in several databases (a sharded one) says no.
     */
    protected boolean mergeLoadsInBatches() {
        return true;
    }

    /** {@link BatchLoads} through this Session's connections, for {@link MergePreload}. */
    private MergePreload.Loads mergeLoads() {
        return new MergePreload.Loads() {
            @Override
            public void objects(Mapper<?> mapper, List<Object> keys) {
                BatchLoads.byPrimaryKeys(mapper, keys, queryContext(connectionFor(getBind(mapper, null)), null));
            }

            @Override
            public void relationship(RelationshipProperty relationship, List<Object> parents) {
                BatchLoads.relationship(relationship, parents,
                        objectContext(work.stateOf(parents.get(0)), relationship.target()));
            }
        };
    }

    /**
     * {@link #merge(Object)}, or with {@code load} false (SQLAlchemy's {@code merge(load=False)}) without any SQL: the
     * object (and what it cascades to) is copied as it is onto the Session's object of its identity, made when
     * absent, and the copies are clean (its values count as the database's). For objects that came from the database
     * and were not changed since: {@link InvalidRequestError} for a new object or one with pending changes.
     */
    public <T> T merge(T entity, boolean load) {
        if (load) {
            return merge(entity);
        }
        checkUsable();
        return noAutoflush(() -> new MergeCascade(this::mergeWithoutLoad, work, false).mergeTop(entity));
    }

    /** The column part of {@code merge(load=False)}: no SELECT, the copy's values are its committed state. */
    <T> T mergeWithoutLoad(T entity, InstanceState given, Object existing, boolean absent) {
        if (given.identity() == null) {
            throw new InvalidRequestError("merge() with load=False option does not support objects transient (i.e. "
                    + "unpersisted) objects.  flush() all changes on mapped instances before merging with load=False.");
        }
        if (given.isModified()) {
            throw new InvalidRequestError("merge() with load=False option does not support objects marked as "
                    + "'dirty'.  flush() all changes on mapped instances before merging with load=False.");
        }
        @SuppressWarnings("unchecked")
        Mapper<T> mapper = (Mapper<T>) given.mapper();
        EntityKey key = EntityKey.of(mapper, given.identity());
        InstanceState present = work.inIdentityMap(key);
        T target;
        InstanceState state;
        if (present != null) {
            target = mapper.entityClass().cast(present.object());
            state = present;
        } else {
            target = mapper.newInstance();
            state = work.stateOf(target);
            autobegin();
            work.loaded(state, key);
            state.unloadRelationships();
        }
        List<String> unloaded = new ArrayList<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            if (given.unloadedAttributes().contains(property.name())) {
                if (present == null) {
                    unloaded.add(property.name());
                }
                continue;
            }
            property.set(target, property.get(entity));
        }
        state.loaded(mapper.columnProperties().stream().map(ColumnProperty::name).toList());
        if (!unloaded.isEmpty()) {
            state.expire(unloaded);
        }
        work.clean(state);
        return target;
    }

    /** Copies the column state of one object (not its relationships) onto its Session object, made pending if new. */
    <T> T mergeColumns(T entity, InstanceState given, Object existing, boolean absent) {
        @SuppressWarnings("unchecked")
        Mapper<T> mapper = (Mapper<T>) given.mapper();
        List<Object> id = mapper.primaryKeyOf(entity);
        T target = existing != null ? mapper.entityClass().cast(existing)
                : absent || id.contains(null) ? null : get(mapper.entityClass(), id);
        boolean fresh = target == null;
        if (fresh) {
            target = mapper.newInstance();
        }
        InstanceState state = work.stateOf(target);
        boolean newGiven = given.identity() == null;
        for (ColumnProperty property : mapper.columnProperties()) {
            Object value = property.get(entity);
            if (newGiven && value == null) {
                // SQLAlchemy merges the attributes set on a new object; a null one counts as never set
                continue;
            }
            if (given.unloadedAttributes().contains(property.name()) || Values.same(property.get(target), value)) {
                continue;
            }
            InstanceState.onWrite(target, state, property.name(), value);
            property.set(target, value);
        }
        if (fresh) {
            add(target);
        }
        return target;
    }

    /**
     * Expires every column attribute of a persistent object (and of the objects its {@code refresh-expire}
     * relationships hold), discarding unflushed changes, and reloads them from
     * its row at once.
     */
    public void refresh(Object entity) {
        InstanceState root = persistent(entity);
        for (InstanceState related : CascadePath.from(work, root, Cascade.REFRESH_EXPIRE)) {
            if (related == root || work.owns(related) && related.identity() != null) {
                refreshOne(related, List.copyOf(related.mapper().attributes().keySet()));
            }
        }
    }

    /**
     * Expires the named attributes of a persistent object, discarding their unflushed changes, autoflushes, and
     * reloads the named column attributes from its row at once; named relationships load on next access.
     */
    public void refresh(Object entity, String... attributes) {
        if (attributes.length == 0) {
            refresh(entity);
            return;
        }
        InstanceState state = persistent(entity);
        List.of(attributes).forEach(state.mapper()::attribute);
        refreshOne(state, List.of(attributes));
    }

    /**
     * SQLAlchemy's refresh of one object: its attributes expired (relationships left to load on access), then, after
     * an autoflush, its columns reloaded from its row.
     */
    private void refreshOne(InstanceState state, List<String> attributes) {
        expireAttributes(state, attributes);
        autoflush();
        refuseUnflushedPrimaryKey(state);
        List<String> columns = attributes.stream()
                .filter(name -> state.mapper().attribute(name) instanceof ColumnProperty).toList();
        if (columns.isEmpty()) {
            return;
        }
        Select<?> byId = EntityLoader.byIdentity(state.mapper(), state.identity());
        Row row = connectionFor(bindFor(state.mapper(), state.object(), byId)).execute(byId).first();
        if (row == null) {
            throw new InvalidRequestError("Could not refresh instance '" + state.describe() + "': its row is gone");
        }
        loaderFor(state.identityToken()).populate(state, row, 0, columns);
    }

    /**
     * A refresh selects the row by the identity the object was loaded with: a primary key changed and not flushed
     * (autoflush off) would load the old row over the new key, so it is refused.
     */
    private static void refuseUnflushedPrimaryKey(InstanceState state) {
        java.util.Set<String> modified = state.modifiedAttributes();
        List<String> changedKeys = state.mapper().primaryKey().stream().map(ColumnProperty::name)
                .filter(modified::contains).toList();
        if (!changedKeys.isEmpty()) {
            throw new InvalidRequestError("Please flush pending primary key changes on attributes "
                    + changedKeys.stream().map(name -> "'" + name + "'")
                            .collect(java.util.stream.Collectors.joining(", ", "{", "}"))
                    + " for mapper " + state.mapper() + " before proceeding with a refresh");
        }
    }

    /**
     * Expires the given attributes, relationships included, of the object and of the objects its
     * {@code refresh-expire} relationships hold; with none named, every attribute. The next access reloads them.
     */
    public void expire(Object entity, String... attributes) {
        InstanceState state = persistent(entity);
        if (attributes.length > 0) {
            List.of(attributes).forEach(state.mapper()::attribute);
            expireAttributes(state, List.of(attributes));
            return;
        }
        for (InstanceState related : CascadePath.from(work, state, Cascade.REFRESH_EXPIRE)) {
            if (work.owns(related) && related.identity() != null) {
                expireAttributes(related, List.copyOf(related.mapper().attributes().keySet()));
                related.expiredWhole(true);
            }
        }
    }

    /**
     * Expires attributes of one object. A pending object appended to an expired {@code delete-orphan} collection
     * is expunged: once the collection reloads nothing holds it (SQLAlchemy expunges such pending orphans).
     */
    private void expireAttributes(InstanceState state, List<String> attributes) {
        for (String name : attributes) {
            if (state.mapper().attribute(name) instanceof RelationshipProperty relationship
                    && relationship.isCollection() && relationship.cascade().contains(Cascade.DELETE_ORPHAN)
                    && !state.isUnloaded(name) && relationship.get(state.object()) instanceof TrackedCollection tracked) {
                for (Object added : List.copyOf(tracked.changes().added())) {
                    InstanceState child = work.stateOf(added);
                    if (child.identity() == null && work.owns(child)) {
                        work.expunge(child);
                    }
                }
            }
        }
        work.expire(state, attributes);
    }

    /** Expires every object in the identity map. */
    public void expireAll() {
        work.expireAll();
    }

    /**
     * Removes an object from the Session: persistent → detached, pending → transient; with it the objects its
     * {@code expunge} relationships hold.
     */
    public void expunge(Object entity) {
        InstanceState root = work.stateOf(entity);
        work.expunge(root);
        for (InstanceState related : CascadePath.from(work, root, Cascade.EXPUNGE)) {
            if (related != root && work.owns(related)) {
                work.expunge(related);
            }
        }
    }

    /** Removes every object from the Session. */
    public void expungeAll() {
        work.clear();
    }

    /** Whether the object is pending or persistent in this Session (not once its deletion is flushed). */
    public boolean contains(Object entity) {
        return work.contains(work.stateOf(entity));
    }

    /**
     * Whether an attribute of the object differs from its loaded value (a net change, unlike {@link #dirty()}):
     * a column, a many-to-one, or a collection with objects added or removed. No SQL.
     */
    public boolean isModified(Object entity) {
        return isModified(entity, true);
    }

    /** {@link #isModified(Object)}; collections are not looked at unless {@code includeCollections}. */
    public boolean isModified(Object entity, boolean includeCollections) {
        InstanceState state = work.stateOf(entity);
        for (String attribute : state.modifiedAttributes()) {
            MapperProperty property = state.mapper().attribute(attribute);
            if (property instanceof RelationshipProperty relationship && relationship.isCollection()) {
                if (!includeCollections) {
                    continue;
                }
                Object collection = relationship.get(entity);
                if (collection instanceof TrackedCollection tracked && !tracked.changes().added().isEmpty()
                        || collection instanceof TrackedCollection changed && !changed.changes().removed().isEmpty()
                        || state.committedValue(attribute) == InstanceState.NO_VALUE) {
                    return true;
                }
                continue;
            }
            Object before = state.committedValue(attribute);
            Object now = property instanceof ColumnProperty column ? column.get(entity)
                    : ((RelationshipProperty) property).get(entity);
            if (before == InstanceState.NO_VALUE || !Values.same(before, now)) {
                return true;
            }
        }
        return false;
    }

    /** The pending objects, in the order they were added (SQLAlchemy's {@code session.new}). */
    public List<Object> newObjects() {
        return work.newObjects();
    }

    /** The persistent objects with attributes set since they were loaded or flushed ({@code session.dirty}). */
    public List<Object> dirty() {
        return work.dirty();
    }

    /** The objects marked for deletion at the next flush ({@code session.deleted}). */
    public List<Object> deleted() {
        return work.markedDeleted();
    }

    private InstanceState persistent(Object entity) {
        InstanceState state = work.stateOf(entity);
        if (!work.owns(state) || state.identity() == null || state.state() != ObjectState.PERSISTENT) {
            throw new InvalidRequestError("Instance '" + state.describe() + "' is not persistent within this Session");
        }
        return state;
    }

    // ------------------------------------------------------------------ flush

    /**
     * Writes pending changes in one go: INSERTs of new objects, UPDATEs of changed columns, DELETEs, ordered by the
     * tables' foreign keys. When a statement fails the transaction is rolled back in the database and the Session
     * refuses work ({@link PendingRollbackError}) until {@link #rollback()}.
     */
    public void flush() {
        checkUsable();
        if (work.isClean()) {
            return;
        }
        if (flushing) {
            throw new InvalidRequestError("Session is already flushing");
        }
        SessionEvents.FlushCounts counts = events.isEmpty() ? null : flushCounts();
        if (counts == null || counts.isEmpty() && work.dirty().isEmpty()) {
            runFlush();
            return;
        }
        events.forEach(listener -> listener.beforeFlush(this, counts));
        Flush done;
        try {
            done = runFlush();
        } catch (RuntimeException e) {
            events.forEach(listener -> listener.afterFlushFailed(this, counts, e));
            throw e;
        }
        SessionEvents.FlushCounts written = new SessionEvents.FlushCounts(counts.inserted(), done.updated(),
                counts.deleted());
        events.forEach(listener -> listener.afterFlush(this, written));
    }

    private Flush runFlush() {
        flushing = true;
        try {
            Flush plan = new Flush(work, flushTarget());
            plan.run();
            lastFlushVisited = plan.visited();
            return plan;
        } catch (RuntimeException e) {
            failed(e, "flush");
            TransactionFrame frame = work.current();
            if (frame.isNested()) {
                // inside beginNested(): only the savepoint is rolled back (on every connection); the enclosing
                // transaction goes on once the savepoint's SessionTransaction (or the Session) is rolled back
                failedSavepoint = frame;
                for (Transaction savepoint : frame.savepoints()) {
                    try {
                        savepoint.rollback();
                    } catch (RuntimeException rollbackFailure) {
                        e.addSuppressed(rollbackFailure);
                    }
                }
                work.rolledBack(false);
            } else {
                releaseAfter(e);
                // as SQLAlchemy's flush rolls its transaction back: new objects leave, deleted ones come back,
                // everything is expired; the Session still wants rollback() before more work
                work.rolledBack(true);
            }
            throw e;
        } finally {
            flushing = false;
        }
    }

    private SessionEvents.FlushCounts flushCounts() {
        Set<Object> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        removed.addAll(deleted());
        int updated = (int) dirty().stream().filter(object -> !removed.contains(object) && writesRow(object)).count();
        return new SessionEvents.FlushCounts(newObjects().size(), updated, removed.size());
    }

    /**
     * Whether a dirty object's changes write its row: a column attribute or a many-to-one (whose foreign key the
     * flush sets) changed in value. A changed collection alone writes the children's rows, not this one's.
     */
    private boolean writesRow(Object entity) {
        InstanceState state = work.stateOf(entity);
        for (String attribute : state.modifiedAttributes()) {
            MapperProperty property = state.mapper().attribute(attribute);
            Object now;
            if (property instanceof ColumnProperty column) {
                now = column.get(entity);
            } else if (property instanceof RelationshipProperty relationship && !relationship.isCollection()) {
                now = relationship.get(entity);
            } else {
                continue;
            }
            Object before = state.committedValue(attribute);
            if (before == InstanceState.NO_VALUE || !Values.same(before, now)) {
                return true;
            }
        }
        return false;
    }

    /** How many objects the last flush's plan looked at: the new, changed and deleted ones only. */
    int lastFlushVisited() {
        return lastFlushVisited;
    }

    /** Where a flush writes each object: the connection to the engine {@link #bindFor} gives it. */
    private FlushTarget flushTarget() {
        if (binds.isEmpty() && getClass() == Session.class) {
            return FlushTarget.single(connection(), loader);
        }
        return new FlushTarget() {
            @Override
            public Connection connection(InstanceState state) {
                return connectionFor(bindFor(state.mapper(), state.object(), null));
            }

            @Override
            public EntityLoader loader(InstanceState state) {
                return loaderFor(state.identityToken());
            }
        };
    }

    /**
     * The loading context of a query run on {@code target}: a sharded query's relationship loads stay on its shard;
     * otherwise each loader statement goes where {@link #getBind} sends it.
     */
    private LoadContext queryContext(Connection target, @Nullable Object token) {
        if (token != null || binds.isEmpty()) {
            return new LoadContext(this::autoflush, statement -> target, work, loaderFor(token));
        }
        return new LoadContext(this::autoflush, statement -> connectionFor(getBind(null, statement)), work, loader);
    }

    /** The loading context for the relationships of one object: the engine {@link #bindFor} gives it. */
    private LoadContext objectContext(InstanceState state, Mapper<?> target) {
        return new LoadContext(this::autoflush,
                statement -> connectionFor(bindFor(target, state.object(), statement)), work,
                loaderFor(state.identityToken()));
    }

    private EntityLoader loaderFor(@Nullable Object token) {
        return token == null ? loader : tokenLoaders.computeIfAbsent(token, t -> new EntityLoader(work, t));
    }

    private void autoflush() {
        if (options.autoflush() && noAutoflush == 0 && !flushing) {
            flush();
        }
    }

    /** Runs {@code work} without autoflush (SQLAlchemy's {@code no_autoflush}). */
    public void noAutoflush(Runnable body) {
        noAutoflush(() -> {
            body.run();
            return null;
        });
    }

    /** Runs {@code work} without autoflush and returns its result. */
    public <T> T noAutoflush(Supplier<T> body) {
        noAutoflush++;
        try {
            return body.get();
        } finally {
            noAutoflush--;
        }
    }

    // ------------------------------------------------------------------ transactions

    /**
     * The connection of the current transaction to the default engine, beginning the transaction (and checking a
     * connection out) if needed; {@link UnboundExecutionError} when the Session has no default engine.
     */
    public Connection connection() {
        return connectionFor(getBind(null, null));
    }

    /** The connection of the current transaction to the engine of {@code entityClass} ({@link #getBind}). */
    public Connection connection(Class<?> entityClass) {
        return connectionFor(getBind(Mappers.of(entityClass), null));
    }

    /**
     * The transaction's connection to {@code bind}, checked out (and the transaction begun) on first use. A connection
     * opened while savepoints are under way begins a savepoint for each of them, so rolling one back undoes its work
     * on every engine.
     */
    protected final Connection connectionFor(Engine bind) {
        checkUsable();
        Connection open = connections.get(bind);
        if (open != null) {
            return open;
        }
        checkAutobegin();
        Connection opened = bind.connect();
        try {
            for (TransactionFrame frame : work.nestedFrames()) {
                frame.addSavepoint(opened.beginNested());
            }
        } catch (RuntimeException e) {
            closeQuietly(opened, e);
            throw e;
        }
        connections.put(bind, opened);
        begun = true;
        return opened;
    }

    private void checkAutobegin() {
        if (!begun && !options.autobegin()) {
            throw autobeginDisabled();
        }
    }

    /**
     * Runs {@code work} on {@code session}, commits and closes it, returning what {@code work} returns; when
     * {@code work} or the commit throws, rolls back and rethrows that error (a failing rollback added to it as
     * suppressed). What {@code SessionFactory.transaction} and its relatives do with the Session they open.
     */
    public static <S extends Session, T> T commitOrRollback(S session, java.util.function.Function<? super S, T> work) {
        try (session) {
            try {
                T result = work.apply(session);
                session.commit();
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    session.rollback();
                } catch (RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        }
    }

    /**
     * Whether the Session can go on: {@code false} only while a transaction that failed (a flush or commit raised)
     * waits for {@link #rollback()} (SQLAlchemy's {@code Session.is_active}).
     */
    public boolean isActive() {
        return pendingRollback == null;
    }

    /** Whether a transaction is in progress. */
    public boolean inTransaction() {
        return begun || !connections.isEmpty();
    }

    /**
     * The transaction under way (begun explicitly or by autobegin), the same handle for as long as it lasts;
     * {@code null} when none is (SQLAlchemy's {@code get_transaction()}).
     */
    public @Nullable SessionTransaction getTransaction() {
        if (!inTransaction()) {
            return null;
        }
        if (rootTransaction == null) {
            rootTransaction = new SessionTransaction(this, null);
        }
        return rootTransaction;
    }

    /** The innermost savepoint under way ({@link #beginNested()}), or {@code null}. */
    public @Nullable SessionTransaction getNestedTransaction() {
        return savepointHandles.get(work.current());
    }

    /** Whether a savepoint ({@link #beginNested()}) is under way. */
    public boolean inNestedTransaction() {
        return getNestedTransaction() != null;
    }

    // ------------------------------------------------------------------ binds

    /**
     * The engine for a mapper and/or a statement (SQLAlchemy's {@code Session.get_bind}), a hook subclasses may
     * override. Without class or table binds it is the default engine. Otherwise, in order: the engine bound to the
     * mapper's class or the nearest of its superclasses and interfaces; the engine bound to the class of the
     * statement's entity ({@code select(User.class)}, {@code update(User.class)}); the engine bound to the first of the
     * statement's tables that has one (a bound mapped class binds its table too); the default engine. With none of
     * these, {@link UnboundExecutionError}.
     *
     * @param mapper the mapper the work is for, or {@code null}
     * @param clause the statement, or {@code null}
     */
    public Engine getBind(@Nullable Mapper<?> mapper, @Nullable Executable clause) {
        Engine fallback = binds.defaultBind();
        if (binds.isEmpty() && fallback != null) {
            return fallback;
        }
        if (mapper == null && clause == null) {
            if (fallback != null) {
                return fallback;
            }
            throw new UnboundExecutionError("This session is not bound to a single Engine or Connection, and no "
                    + "context was provided to locate a binding.");
        }
        if (!binds.isEmpty()) {
            Engine found = boundEngine(mapper, clause);
            if (found != null) {
                return found;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        List<String> context = new ArrayList<>();
        if (mapper != null) {
            context.add("mapper " + mapper);
        }
        if (clause != null) {
            context.add("SQL expression");
        }
        throw new UnboundExecutionError("Could not locate a bind configured on " + String.join(", ", context)
                + " or this Session.");
    }

    /** {@link #getBind} for a mapped class. */
    public Engine getBind(Class<?> entityClass) {
        return getBind(Mappers.of(entityClass), null);
    }

    private @Nullable Engine boundEngine(@Nullable Mapper<?> mapper, @Nullable Executable clause) {
        if (mapper != null) {
            Engine byClass = binds.forClass(mapper.entityClass());
            if (byClass != null) {
                return byClass;
            }
            if (clause == null) {
                return binds.forTable(mapper.table());
            }
        }
        Executable subject = clause instanceof FromStatement<?> from ? from.entities() : clause;
        Mapper<?> entity = StatementSubjects.entityOf(subject);
        if (entity != null) {
            Engine byEntity = binds.forClass(entity.entityClass());
            if (byEntity != null) {
                return byEntity;
            }
        }
        Executable tables = clause instanceof FromStatement<?> from ? from.statement() : clause;
        for (TableClause table : StatementSubjects.tablesOf(tables)) {
            Engine byTable = binds.forTable(table);
            if (byTable != null) {
                return byTable;
            }
        }
        return null;
    }

    /**
     * The engine for the work done for one object: its INSERT, UPDATE or DELETE at flush, and the loading of its
     * expired attributes ({@code mapper} its own) and of its relationships ({@code mapper} the related class,
     * {@code clause} the loading statement). {@link #getBind} by default; a sharded Session answers with the object's
     * shard.
     */
    protected Engine bindFor(Mapper<?> mapper, Object entity, @Nullable Executable clause) {
        return getBind(mapper, clause);
    }

    /** The identity token (shard id) of a mapped object, or {@code null} when it has none. */
    protected final @Nullable Object identityTokenOf(Object entity) {
        return work.stateOf(entity).identityToken();
    }

    /** Gives a new mapped object the identity token (shard id) its row will be keyed with once inserted. */
    protected final void assignIdentityToken(Object entity, Object token) {
        work.stateOf(entity).identityToken(Objects.requireNonNull(token, "token"));
    }

    /** The binds this Session was made with. */
    public SessionBinds binds() {
        return binds;
    }

    /** Begins the transaction explicitly (needed when autobegin is off); {@link InvalidRequestError} if one is going. */
    public SessionTransaction begin() {
        checkUsable();
        if (inTransaction()) {
            throw new InvalidRequestError("A transaction is already begun on this Session.");
        }
        begun = true;
        rootTransaction = new SessionTransaction(this, null);
        return rootTransaction;
    }

    /**
     * Flushes, then begins a savepoint (SQLAlchemy's {@code begin_nested}): rolling it back undoes the changes flushed
     * since, in the database and in the objects, and leaves the enclosing transaction going.
     */
    public SessionTransaction beginNested() {
        flush();
        if (connections.isEmpty()) {
            if (binds.defaultBind() != null) {
                connectionFor(binds.defaultBind());
            } else {
                checkAutobegin();
                begun = true;
            }
        }
        List<Transaction> savepoints = new ArrayList<>();
        for (Connection open : connections.values()) {
            savepoints.add(open.beginNested());
        }
        TransactionFrame frame = TransactionFrame.nested(savepoints);
        work.pushFrame(frame);
        SessionTransaction savepoint = new SessionTransaction(this, frame);
        savepointHandles.put(frame, savepoint);
        return savepoint;
    }

    void endTransaction(TransactionFrame frame, boolean commit) {
        if (frame == null) {
            if (commit) {
                commit();
            } else {
                rollback();
            }
            return;
        }
        if (frame == failedSavepoint && !commit) {
            // a flush failed in it and rolled it back already, objects included: the Session is usable again
            failedSavepoint = null;
            pendingRollback = null;
            return;
        }
        if (work.current() != frame) {
            throw new InvalidRequestError("Only the innermost savepoint can be ended; end the inner ones first");
        }
        if (commit) {
            flush();
            frame.savepoints().forEach(Transaction::commit);
            work.releasedNested();
        } else {
            checkUsable();
            RuntimeException failure = null;
            for (Transaction savepoint : frame.savepoints()) {
                try {
                    savepoint.rollback();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            work.rolledBack(false);
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * Flushes, commits the transaction and gives its connection back; expires every object unless told not to. When
     * the COMMIT fails (the connection died, the database refused it) its error is thrown, nothing is committed, and
     * the Session refuses work ({@link PendingRollbackError}) until {@link #rollback()} puts its objects back in order.
     */
    public void commit() {
        checkUsable();
        flush();
        try {
            release(true);
        } catch (RuntimeException e) {
            failed(e, "commit");
            throw e;
        }
        work.committed(options.expireOnCommit());
        transactionEnded();
        events.forEach(listener -> listener.afterCommit(this));
    }

    /**
     * Rolls back the transaction and gives its connection back: objects inserted in it, and pending ones, become
     * transient; objects deleted in it come back; every object is expired. Also ends the refusal after a failed flush
     * or commit. The objects are put back in order even when the rollback itself fails (its error is then thrown).
     */
    public void rollback() {
        if (!inTransaction() && pendingRollback == null) {
            // nothing begun: nothing to roll back, the objects stay as they are (SQLAlchemy: no transaction, no-op)
            return;
        }
        try {
            release(false);
        } finally {
            work.rolledBack(true);
            pendingRollback = null;
            transactionEnded();
            failedSavepoint = null;
        }
        events.forEach(listener -> listener.afterRollback(this));
    }

    /** The default engine of this Session; {@link UnboundExecutionError} when it is bound per class or table only. */
    public Engine engine() {
        return getBind(null, null);
    }

    /** The options of this Session. */
    public SessionOptions options() {
        return options;
    }

    /**
     * Rolls back whatever is uncommitted, gives the connection back and detaches every object; usable again after.
     * The objects are detached even when the rollback fails (its error is then thrown).
     */
    @Override
    public void close() {
        try {
            release(false);
        } finally {
            work.clear();
            pendingRollback = null;
            transactionEnded();
            failedSavepoint = null;
        }
    }

    /** Reports this transaction's N+1 incidents (warn mode) and starts counting again. */
    private void transactionEnded() {
        if (nPlusOne != null) {
            nPlusOne.transactionEnded();
        }
    }

    /**
     * Ends the transaction on every connection, in the order they were opened: commits each (once one fails, the rest
     * are rolled back: not a two-phase commit) or rolls each back; the first failure is thrown, later ones suppressed.
     */
    private void release(boolean commit) {
        List<Connection> held = new ArrayList<>(connections.values());
        connections.clear();
        begun = false;
        rootTransaction = null;
        savepointHandles.clear();
        RuntimeException failure = null;
        for (Connection connection : held) {
            if (connection.isClosed()) {
                continue;
            }
            try {
                if (commit && failure == null) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                connection.close();
            } catch (RuntimeException e) {
                closeQuietly(connection, e);
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Rolls back after {@code failure}; a failure of the rollback itself is added to it as suppressed. */
    private void releaseAfter(RuntimeException failure) {
        try {
            release(false);
        } catch (RuntimeException e) {
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Refuses further work until rollback: the transaction is gone with {@code failure}. */
    private void failed(RuntimeException failure, String phase) {
        pendingRollback = failure;
        failedPhase = phase;
    }

    private static void closeQuietly(Connection held, RuntimeException cause) {
        try {
            held.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void checkUsable() {
        if (pendingRollback != null) {
            throw new PendingRollbackError("This Session's transaction has been rolled back due to a previous "
                    + "exception during " + failedPhase + ". To begin a new transaction with this Session, first issue "
                    + "Session.rollback(). Original exception was: " + pendingRollback.getMessage(), pendingRollback);
        }
    }

    // ------------------------------------------------------------------ loading

    private void load(InstanceState state) {
        checkUsable();
        autoflush();
        if (state.unloadedAttributes().isEmpty()) {
            return;
        }
        if (nPlusOne != null) {
            nPlusOne.reload(state.mapper());
        }
        if (state.expiredWhole() && state.mapper().relationships().stream().anyMatch(relationship ->
                relationship.lazy() == io.alchemy.orm.mapping.LoadStrategy.JOINED
                        && state.isUnloaded(relationship.name()))) {
            // a wholly expired object reloads with its joined-eager relationships, as SQLAlchemy's unexpire runs
            // the eager loaders: one SELECT with the join
            Object found = EntityQuery.byIdentity(state.mapper(), state.identity(), queryContext(
                    connectionFor(bindFor(state.mapper(), state.object(), null)), state.identityToken()));
            if (found == null) {
                throw new ObjectDeletedError("Instance '" + state.describe() + "' has been deleted, or its row is "
                        + "otherwise not present.");
            }
            if (state.unloadedAttributes().isEmpty()) {
                return;
            }
        }
        Select<?> byId = EntityLoader.byIdentity(state.mapper(), state.identity());
        Row row = connectionFor(bindFor(state.mapper(), state.object(), byId)).execute(byId).first();
        if (row == null) {
            throw new ObjectDeletedError("Instance '" + state.describe() + "' has been deleted, or its row is otherwise "
                    + "not present.");
        }
        loaderFor(state.identityToken()).populate(state, row, 0, new ArrayList<>(state.unloadedAttributes()));
    }

    /** The Session's side of the objects' states. */
    private final class Owner implements StateOwner {
        @Override
        public void load(InstanceState state, String attribute) {
            Session.this.load(state);
        }

        @Override
        public void loadRelationship(InstanceState state, RelationshipProperty relationship) {
            checkUsable();
            if (relationship.lazy() == io.alchemy.orm.mapping.LoadStrategy.JOINED && state.identity() != null
                    && state.expiredWhole() && !state.unloadedAttributes().isEmpty()) {
                // a wholly expired object whose joined-eager relationship is read: one SELECT of the row with the
                // join loads both (SQLAlchemy lets the joined loader take over the refresh); an object expired in
                // part loads the relationship alone
                autoflush();
                EntityQuery.byIdentity(state.mapper(), state.identity(), queryContext(
                        connectionFor(bindFor(state.mapper(), state.object(), null)), state.identityToken()));
                if (!state.isUnloaded(relationship.name())) {
                    return;
                }
            }
            RelationshipLoader loader = LoaderStrategies.onAccess(state, relationship);
            LoadContext context = objectContext(state, relationship.target());
            if (nPlusOne != null && LoaderStrategies.runsSql(loader, context, state, relationship)) {
                nPlusOne.lazyLoad(relationship);
            }
            loader.load(context, state);
        }

        @Override
        public void cascadeAdd(Object entity) {
            new SaveUpdateCascade(work).add(work.stateOf(entity));
        }

        @Override
        public void modified(InstanceState state) {
            work.markModified(state);
            if (!inTransaction() && options.autobegin()) {
                begun = true;
            }
        }

        @Override
        public Object session() {
            return Session.this;
        }

        @Override
        public void pendingOrphan(Object entity) {
            InstanceState state = work.stateOf(entity);
            if (work.owns(state) && state.identity() == null && work.pendingStates().contains(state)) {
                // with what it cascades expunge to (its own pending children)
                expunge(entity);
            }
        }
    }

    @Override
    public String toString() {
        return "Session[" + (binds.isEmpty() ? binds.defaultBind() : binds) + ", " + work.identityMapSize()
                + " in identity map, " + work.pendingStates().size() + " pending]";
    }
}
