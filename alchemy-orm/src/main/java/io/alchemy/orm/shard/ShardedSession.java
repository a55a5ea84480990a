package io.alchemy.orm.shard;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.engine.Result;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.FromStatement;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionBinds;
import io.alchemy.orm.SynchronizeSession;
import io.alchemy.orm.dml.RowcountResult;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.sql.CompoundSelect;
import io.alchemy.sql.ExecutableOption;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Insert;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Session over several databases holding the rows of the same tables (SQLAlchemy's {@code ShardedSession}): the
 * {@link ShardChooser} gives each new object its shard at its first flush, where it is inserted; its identity key then
 * includes the shard id ({@code (User, (1,), 'eu')}), so rows with the same primary key on different shards are
 * different objects, and its updates, deletes, expired attributes and lazy loads go to that shard. {@link #get} looks
 * in the shards the {@link IdentityChooser} names, in order; a statement runs on the shard its {@link SetShardId}
 * option names, else on those the {@link ExecuteChooser} names, and the results of several shards are merged into
 * one honouring ORDER BY, LIMIT/OFFSET and COUNT/SUM/MIN/MAX ({@link CrossShardQueryError} where that would be
 * wrong). UPDATE and DELETE run on each chosen shard; their row count is the sum.
 *
 * <p>The transaction spans the shards touched, one connection each, committed one after the other: not a two-phase
 * commit (see {@link Session}). Not thread-safe.
 */
public class ShardedSession extends Session {
    private final ShardedSessionFactory factory;

    /** A Session over {@code factory}'s shards, with its choosers and options. */
    protected ShardedSession(ShardedSessionFactory factory) {
        super(new SessionBinds(null, Map.of(), Map.of()), factory.options());
        this.factory = factory;
    }

    // ------------------------------------------------------------------ shards

    /** The shard ids, in the order configured. */
    public List<String> shardIds() {
        return List.copyOf(factory.shards().keySet());
    }

    /** The engine of shard {@code shardId}; {@link InvalidRequestError} for an unknown id. */
    public Engine shard(String shardId) {
        Engine engine = factory.shards().get(shardId);
        if (engine == null) {
            throw new InvalidRequestError("No shard '" + shardId + "' in this ShardedSession; its shards are "
                    + factory.shards().keySet());
        }
        return engine;
    }

    /** The shard id of a persistent object (or of a new one whose shard was chosen), or {@code null}. */
    public @Nullable String shardOf(Object entity) {
        Object token = identityTokenOf(entity);
        return token == null ? null : token.toString();
    }

    /** The transaction's connection to shard {@code shardId}. */
    public Connection connection(String shardId) {
        return connectionFor(shard(shardId));
    }

    /**
     * A statement without an object or shard has no engine in a sharded Session ({@link InvalidRequestError}); with a
     * mapper only, the engine of the only shard when there is one.
     */
    @Override
    public Engine getBind(@Nullable Mapper<?> mapper, @Nullable Executable clause) {
        if (factory.shards().size() == 1) {
            return factory.shards().values().iterator().next();
        }
        throw new InvalidRequestError("A ShardedSession has no single engine" + (mapper == null ? "" : " for " + mapper)
                + ": name a shard (connection(shardId), the SetShardId option) or use an object");
    }

    /** The object's shard, chosen by the {@link ShardChooser} (and kept as its identity token) if it has none yet. */
    @Override
    protected Engine bindFor(Mapper<?> mapper, Object entity, @Nullable Executable clause) {
        Object token = identityTokenOf(entity);
        if (token == null) {
            Mapper<?> own = Mappers.of(entity.getClass());
            String chosen = factory.shardChooser().shardFor(own, entity);
            shard(chosen);
            assignIdentityToken(entity, chosen);
            token = chosen;
        }
        return shard(token.toString());
    }

    // ------------------------------------------------------------------ get

    /**
     * The object with this primary key from the first shard, of those the {@link IdentityChooser} names, that has it
     * (the identity map first, then a SELECT on the shard); {@code null} when none has it.
     */
    @Override
    public <T> @Nullable T get(Class<T> type, Object id) {
        Mapper<T> mapper = Mappers.of(type);
        List<Object> key = primaryKeyOf(mapper, id);
        for (String shardId : factory.identityChooser().shardsFor(mapper, key)) {
            T found = identityLookup(mapper, key, shardId, shard(shardId));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** {@code false}: a merge looks each object up with {@link #get}, through the shards the IdentityChooser names. */
    @Override
    protected boolean mergeLoadsInBatches() {
        return false;
    }

    /** The object with this primary key on shard {@code shardId} (SQLAlchemy's {@code get(…, identity_token=…)}). */
    public <T> @Nullable T get(Class<T> type, Object id, String shardId) {
        Mapper<T> mapper = Mappers.of(type);
        return identityLookup(mapper, primaryKeyOf(mapper, id), shardId, shard(shardId));
    }

    // ------------------------------------------------------------------ statements

    /**
     * Runs the statement on the shard its {@link SetShardId} option names, else on each shard the
     * {@link ExecuteChooser} names, merging their results; see {@link ShardedSession}.
     */
    @Override
    public Result execute(Executable statement, Map<String, ?> parameters, SynchronizeSession mode) {
        List<String> shards = shardsFor(statement, parameters);
        if (shards.size() == 1) {
            return executeOn(shard(shards.get(0)), shards.get(0), statement, parameters, mode);
        }
        Select<?> select = statement instanceof FromStatement<?> ? null
                : statement instanceof Select<?> s ? s : null;
        if (select != null) {
            CrossShardMerge merge = CrossShardMerge.plan(select);
            List<Result> results = new ArrayList<>();
            for (String shardId : shards) {
                results.add(executeOn(shard(shardId), shardId, merge.perShard(), parameters, mode));
            }
            return merge.merge(results, shard(shards.get(0)).dialect().sortsNullsHigh());
        }
        if (statement instanceof CompoundSelect compound
                && (!compound.orderByList().isEmpty() || compound.limitClause() != null
                || compound.offsetClause() != null)) {
            throw new CrossShardQueryError("A compound SELECT with ORDER BY, LIMIT or OFFSET cannot be merged across "
                    + "shards; run it on one shard (SetShardId) or order and limit its parts");
        }
        if (statement instanceof Insert) {
            throw new InvalidRequestError("An INSERT statement runs on one shard; the ExecuteChooser named " + shards
                    + " (add objects instead, or name the shard with executeOnShard)");
        }
        List<Result> results = new ArrayList<>();
        for (String shardId : shards) {
            results.add(executeOn(shard(shardId), shardId, statement, parameters, mode));
        }
        return concatenated(results);
    }

    /** executemany on the one shard the {@link ExecuteChooser} names ({@link InvalidRequestError} for several). */
    @Override
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets, SynchronizeSession mode) {
        List<String> shards = shardsFor(statement, parameterSets.isEmpty() ? Map.of() : parameterSets.get(0));
        if (shards.size() != 1 && statement instanceof Insert) {
            throw new InvalidRequestError("An executemany INSERT runs on one shard; the ExecuteChooser named " + shards
                    + " (add objects instead, or name the shard with executeOnShard)");
        }
        long rowcount = 0;
        Result last = null;
        for (String shardId : shards) {
            last = executeManyOn(shard(shardId), shardId, statement, parameterSets, mode);
            rowcount += last.rowcount();
        }
        return shards.size() == 1 ? last : new RowcountResult(rowcount);
    }

    /** Runs a statement on shard {@code shardId} only (SQLAlchemy's {@code bind_arguments={"shard_id": …}}). */
    public Result executeOnShard(String shardId, Executable statement) {
        return executeOnShard(shardId, statement, Map.of());
    }

    /** Runs a statement with named parameters on shard {@code shardId} only. */
    public Result executeOnShard(String shardId, Executable statement, Map<String, ?> parameters) {
        return executeOn(shard(shardId), shardId, statement, parameters, SynchronizeSession.AUTO);
    }

    /** executemany on shard {@code shardId} only. */
    public Result executeOnShard(String shardId, Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return executeManyOn(shard(shardId), shardId, statement, parameterSets, SynchronizeSession.AUTO);
    }

    private List<String> shardsFor(Executable statement, Map<String, ?> parameters) {
        String explicit = explicitShard(statement);
        if (explicit != null) {
            shard(explicit);
            return List.of(explicit);
        }
        List<String> chosen = List.copyOf(factory.executeChooser().shardsFor(new ExecuteState(statement, parameters)));
        if (chosen.isEmpty()) {
            throw new InvalidRequestError("The ExecuteChooser named no shard for " + statement);
        }
        chosen.forEach(this::shard);
        return chosen;
    }

    private static @Nullable String explicitShard(Executable statement) {
        Select<?> select = statement instanceof Select<?> s ? s
                : statement instanceof FromStatement<?> from ? from.entities() : null;
        if (select == null) {
            return null;
        }
        for (ExecutableOption option : select.getOptions()) {
            if (option instanceof SetShardId shard) {
                return shard.shardId();
            }
        }
        return null;
    }

    /** The rows of each shard one after the other; for statements without rows, the sum of the row counts. */
    private static Result concatenated(List<Result> results) {
        if (results.stream().noneMatch(Result::returnsRows)) {
            return new RowcountResult(results.stream().mapToLong(Result::rowcount).sum());
        }
        List<io.alchemy.engine.Row> rows = new ArrayList<>();
        List<String> keys = results.get(0).keys();
        for (Result result : results) {
            rows.addAll(result.all());
        }
        return Result.buffered(keys, rows);
    }
}
