package io.alchemy.orm.persistence;

import static io.alchemy.Alchemy.bindparam;

import io.alchemy.engine.Connection;
import io.alchemy.orm.exc.StaleDataError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.schema.Column;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UPDATEs of one flush for one mapper: per object, only the columns whose value changed since it was loaded
 * (plus {@code onupdate} columns and the version counter), {@code WHERE} its primary key as loaded (and its version);
 * consecutive objects changing the same columns go in one executemany. A row that is not matched raises
 * {@link StaleDataError}.
 */
public final class UpdateWriter {
    private final Connection connection;
    private final UnitOfWork work;

    UpdateWriter(Connection connection, UnitOfWork work) {
        this.connection = connection;
        this.work = work;
    }

    private int written;

    private record Change(InstanceState state, Map<String, Object> parameters, Object newVersion) {
    }

    /** How many objects this writer's UPDATEs wrote. */
    int written() {
        return written;
    }

    void update(Mapper<?> mapper, List<InstanceState> states) {
        Update statement = statement(mapper);
        List<Change> run = new ArrayList<>();
        for (InstanceState state : states) {
            Change change = change(mapper, state);
            if (change == null) {
                if (TableRows.completes(mapper, false)) {
                    work.updated(state, state.identity());
                }
                continue;
            }
            if (!run.isEmpty() && (mapper.versionCounter() != null
                    || !run.get(0).parameters.keySet().equals(change.parameters.keySet()))) {
                write(mapper, statement, run);
                run.clear();
            }
            run.add(change);
        }
        if (!run.isEmpty()) {
            write(mapper, statement, run);
        }
    }

    /** {@code UPDATE t SET … WHERE t.id = :t_id [AND t.version = :t_version]}; SET columns come from the parameters. */
    static Update statement(Mapper<?> mapper) {
        Update statement = byPrimaryKey(mapper);
        if (mapper.versionCounter() != null) {
            Column<?> version = mapper.versionCounter().column();
            statement = statement.where(version.eq(bindparam(keyName(version), version.type())));
        }
        return statement;
    }

    /** {@code UPDATE t SET … WHERE t.id = :t_id}: SET columns come from the parameters. */
    public static Update byPrimaryKey(Mapper<?> mapper) {
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (ColumnProperty key : mapper.primaryKey()) {
            criteria.add(key.column().eq(bindparam(keyName(key.column()), key.column().type())));
        }
        return Update.of(mapper.table()).where(criteria.toArray(ColumnElement<?>[]::new));
    }

    /** The name of the parameter holding a column's loaded value: {@code user_account_id}, as SQLAlchemy names it. */
    public static String keyName(Column<?> column) {
        return column.table().name() + "_" + column.key();
    }

    private Change change(Mapper<?> mapper, InstanceState state) {
        Object entity = state.object();
        Map<String, Object> set = new LinkedHashMap<>();
        for (String attribute : state.modifiedAttributes()) {
            if (mapper.attributeOrNull(attribute) instanceof ColumnProperty property && !property.isVersionCounter()) {
                Object before = state.committedValue(attribute);
                Object now = property.get(entity);
                if (before == InstanceState.NO_VALUE || !Values.same(before, now)) {
                    set.put(property.column().key(), now);
                }
            }
        }
        if (set.isEmpty()) {
            return null;
        }
        for (ColumnProperty property : mapper.columnProperties()) {
            Column<?> column = property.column();
            if (column.onupdate() != null && !set.containsKey(column.key())) {
                Object value = column.onupdate().produce();
                property.set(entity, value);
                set.put(column.key(), value);
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>(set);
        List<ColumnProperty> key = mapper.primaryKey();
        for (int i = 0; i < key.size(); i++) {
            parameters.put(keyName(key.get(i).column()), state.identity().get(i));
        }
        Object newVersion = null;
        ColumnProperty version = mapper.versionCounter();
        if (version != null) {
            Number current = (Number) state.committedValue(version.name());
            newVersion = current.longValue() + 1;
            parameters.put(version.column().key(), newVersion);
            parameters.put(keyName(version.column()), current);
        }
        return new Change(state, parameters, newVersion);
    }

    private void write(Mapper<?> mapper, Update statement, List<Change> run) {
        long matched = run.size() == 1 ? connection.execute(statement, run.get(0).parameters).rowcount()
                : connection.execute(statement, run.stream().map(Change::parameters).toList()).rowcount();
        if (matched >= 0 && matched != run.size()) {
            throw new StaleDataError("UPDATE statement on table '" + mapper.table().name() + "' expected to update "
                    + run.size() + " row(s); " + matched + " were matched.");
        }
        written += run.size();
        for (Change change : run) {
            if (change.newVersion != null) {
                mapper.versionCounter().set(change.state.object(), change.newVersion);
            }
            if (TableRows.completes(mapper, false)) {
                work.updated(change.state, mapper.primaryKeyOf(change.state.object()));
            }
        }
    }
}
