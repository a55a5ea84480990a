package io.alchemy.orm.persistence;

import io.alchemy.Alchemy;
import io.alchemy.engine.Connection;
import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The INSERTs of one flush for one mapper, grouped into runs of objects giving the same columns. A database-generated
 * primary key comes back as SQLAlchemy fetches it: a single row through JDBC generated keys; several rows through
 * {@code INSERT … RETURNING id} per row on SQLite, one multi-row {@code INSERT … VALUES (…), (…) RETURNING id} per
 * 1,000 rows where RETURNING is supported elsewhere (insertmanyvalues), one INSERT per row otherwise. Known primary
 * keys go in one executemany.
 */
final class InsertWriter {
    private static final int PAGE = 1000;

    private final Connection connection;
    private final UnitOfWork work;

    InsertWriter(Connection connection, UnitOfWork work) {
        this.connection = connection;
        this.work = work;
    }

    /** One object's INSERT: the values by column key, and the attributes to expire afterwards (server defaults). */
    private record Pending(InstanceState state, Map<String, Object> values, List<String> expireAfter) {
    }

    void insert(Mapper<?> mapper, List<InstanceState> states) {
        Table table = mapper.table();
        Column<?> generated = table.autoincrementColumn();
        List<Pending> run = new ArrayList<>();
        for (InstanceState state : states) {
            Pending next = prepare(mapper, state, generated);
            if (!run.isEmpty() && !run.get(0).values.keySet().equals(next.values.keySet())) {
                write(mapper, run, generated);
                run.clear();
            }
            run.add(next);
        }
        if (!run.isEmpty()) {
            write(mapper, run, generated);
        }
    }

    private Pending prepare(Mapper<?> mapper, InstanceState state, Column<?> generated) {
        Object entity = state.object();
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> expireAfter = new ArrayList<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            Column<?> column = property.column();
            Object value = property.get(entity);
            if (property.isVersionCounter()) {
                value = 1;
                property.set(entity, value);
            } else if (column == generated && (value == null || isPrimitiveZero(property, value))) {
                continue;
            } else if (value == null && column.defaultValue() != null) {
                value = column.defaultValue().produce();
                property.set(entity, value);
            } else if (value == null && column.serverDefault() != null) {
                expireAfter.add(property.name());
                continue;
            }
            values.put(column.key(), value);
        }
        return new Pending(state, values, expireAfter);
    }

    private static boolean isPrimitiveZero(ColumnProperty property, Object value) {
        return property.javaType().isPrimitive() && value instanceof Number number && number.longValue() == 0;
    }

    private void write(Mapper<?> mapper, List<Pending> run, Column<?> generated) {
        Table table = mapper.table();
        List<Map<String, Object>> parameters = run.stream().map(Pending::values).toList();
        boolean fetchKey = generated != null && !run.get(0).values.containsKey(generated.key());
        if (!fetchKey) {
            if (run.size() == 1) {
                connection.execute(Alchemy.insert(table), parameters.get(0));
            } else {
                connection.execute(Alchemy.insert(table), parameters);
            }
            run.forEach(p -> done(mapper, p));
            return;
        }
        ColumnProperty key = mapper.propertyFor(generated);
        if (run.size() == 1 || !connection.dialect().supportsReturning()) {
            for (Pending pending : run) {
                Row keys = connection.execute(Alchemy.insert(table), pending.values).insertedPrimaryKey();
                key.set(pending.state.object(), keys.get(0));
                done(mapper, pending);
            }
        } else if (!connection.dialect().supportsOrderedInsertReturning()) {
            List<Row> rows = connection.execute(Alchemy.insert(table).returning(generated), parameters).all();
            assign(mapper, key, run, rows);
        } else {
            for (int start = 0; start < run.size(); start += PAGE) {
                List<Pending> page = run.subList(start, Math.min(run.size(), start + PAGE));
                List<Map<String, ?>> rows = new ArrayList<>(page.stream().map(Pending::values).toList());
                assign(mapper, key, page, connection.execute(Alchemy.insert(table).values(rows).returning(generated)).all());
            }
        }
    }

    private void assign(Mapper<?> mapper, ColumnProperty key, List<Pending> run, List<Row> rows) {
        if (rows.size() != run.size()) {
            throw new io.alchemy.orm.exc.FlushError("INSERT … RETURNING into '" + mapper.table().name() + "' returned "
                    + rows.size() + " row(s) for " + run.size() + " object(s)");
        }
        for (int i = 0; i < run.size(); i++) {
            key.set(run.get(i).state.object(), rows.get(i).get(0));
            done(mapper, run.get(i));
        }
    }

    private void done(Mapper<?> mapper, Pending pending) {
        if (TableRows.completes(mapper, false)) {
            work.inserted(pending.state, mapper.primaryKeyOf(pending.state.object()));
        }
        pending.state.expire(pending.expireAfter);
    }
}
