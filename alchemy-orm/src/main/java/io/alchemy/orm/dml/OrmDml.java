package io.alchemy.orm.dml;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Result;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.sql.Delete;
import io.alchemy.sql.DmlStatement;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Insert;
import io.alchemy.sql.Update;
import java.util.List;
import java.util.Map;

/**
 * How a Session runs an ORM-enabled INSERT, UPDATE or DELETE (one made from a mapped class,
 * {@code insert(User.class)}): parameter sets by attribute name, bulk UPDATE by primary key, synchronize-session.
 */
public final class OrmDml {
    private final BulkWriter bulk;
    private final SynchronizedDml synchronizedDml;
    private final Connection connection;

    /** ORM DML on {@code connection}, keeping the objects of {@code work} in step. */
    public OrmDml(Connection connection, UnitOfWork work) {
        this(connection, work, null);
    }

    /**
     * ORM DML on {@code connection} that synchronizes only the objects whose rows are in the database
     * {@code identityToken} names (a shard; {@code null} in a plain Session).
     */
    public OrmDml(Connection connection, UnitOfWork work, @org.jspecify.annotations.Nullable Object identityToken) {
        SessionSync sync = new SessionSync(work, identityToken);
        this.connection = connection;
        this.bulk = new BulkWriter(connection, sync);
        this.synchronizedDml = new SynchronizedDml(connection, sync);
    }

    /** Whether {@code statement} is an ORM-enabled INSERT, UPDATE or DELETE. */
    public static boolean isOrmEnabled(Executable statement) {
        return statement instanceof DmlStatement dml && dml.entity() != null;
    }

    /** One execution: an INSERT of one parameter set, or an UPDATE/DELETE with synchronize-session. */
    public Result execute(DmlStatement statement, Map<String, ?> parameters, Synchronization mode) {
        if (statement instanceof Insert insert) {
            List<? extends Map<String, ?>> sets = InheritedDml.withIdentity(insert, List.of(parameters));
            return sets.get(0).isEmpty() ? connection.execute(insert) : bulk.insert(insert, sets);
        }
        return synchronizedDml.execute(InheritedDml.qualified(statement), parameters, mode);
    }

    /** executemany: a bulk INSERT, or a bulk UPDATE by primary key. */
    public Result execute(DmlStatement statement, List<? extends Map<String, ?>> parameterSets, Synchronization mode) {
        if (statement instanceof Insert insert) {
            return bulk.insert(insert, InheritedDml.withIdentity(insert, parameterSets));
        }
        if (statement instanceof Update update) {
            return bulk.updateByPrimaryKey((Update) InheritedDml.qualified(update), parameterSets, mode);
        }
        throw new ArgumentError("An ORM DELETE takes no list of parameter sets; delete by criteria instead: "
                + "delete(" + ((Delete) statement).entity().getSimpleName() + ".class).where(…in(ids))");
    }
}
