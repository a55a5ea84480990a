package io.alchemy.orm.dml;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Result;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.persistence.UpdateWriter;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Insert;
import io.alchemy.sql.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ORM bulk INSERT and bulk UPDATE by primary key: {@code session.execute(insert(User.class), rows)} and
 * {@code session.execute(update(User.class), rows)} with parameter sets keyed by attribute name. No objects are made;
 * consecutive sets with the same keys are one executemany (an INSERT goes through insertmanyvalues). A bulk UPDATE
 * sets the new values on the objects of those primary keys already in the Session.
 */
final class BulkWriter {
    private final Connection connection;
    private final SessionSync sync;

    BulkWriter(Connection connection, SessionSync sync) {
        this.connection = connection;
        this.sync = sync;
    }

    Result insert(Insert insert, List<? extends Map<String, ?>> rows) {
        Mapper<?> mapper = Mappers.of(insert.entity());
        List<Map<String, Object>> byColumn = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            byColumn.add(BulkParameters.byColumn(mapper, rows.get(i), i));
        }
        return executeRuns(insert, byColumn);
    }

    Result updateByPrimaryKey(Update update, List<? extends Map<String, ?>> rows, Synchronization mode) {
        if (!update.valueMap().isEmpty()) {
            throw new ArgumentError("A bulk UPDATE by primary key takes its SET values from the parameter sets; "
                    + "remove values(…) from update(" + update.entity().getSimpleName() + ".class)");
        }
        Mapper<?> mapper = Mappers.of(update.entity());
        Update statement = UpdateWriter.byPrimaryKey(mapper).where(update.whereList().toArray(ColumnElement<?>[]::new));
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            parameters.add(keyed(mapper, rows.get(i), i));
        }
        Result result = executeRuns(statement, parameters);
        if (mode != Synchronization.NONE) {
            for (int i = 0; i < rows.size(); i++) {
                synchronize(mapper, rows.get(i), i);
            }
        }
        return result;
    }

    /** SET values by column key, primary key values under the flush's WHERE parameter names. */
    private static Map<String, Object> keyed(Mapper<?> mapper, Map<String, ?> row, int index) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : row.entrySet()) {
            ColumnProperty property = BulkParameters.property(mapper, entry.getKey(), index);
            if (!property.isPrimaryKey()) {
                parameters.put(property.column().key(), entry.getValue());
            }
        }
        for (ColumnProperty key : mapper.primaryKey()) {
            if (!row.containsKey(key.name())) {
                throw new ArgumentError("A bulk UPDATE by primary key needs '" + key.name() + "' in every parameter "
                        + "set; set " + index + " has " + row.keySet());
            }
            parameters.put(UpdateWriter.keyName(key.column()), row.get(key.name()));
        }
        if (parameters.size() == mapper.primaryKey().size()) {
            throw new ArgumentError("Parameter set " + index + " of a bulk UPDATE sets no column: " + row.keySet());
        }
        return parameters;
    }

    private void synchronize(Mapper<?> mapper, Map<String, ?> row, int index) {
        List<Object> id = mapper.primaryKey().stream().map(key -> (Object) row.get(key.name())).toList();
        InstanceState state = sync.byIdentity(mapper, id);
        if (state == null) {
            return;
        }
        Map<ColumnProperty, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : row.entrySet()) {
            ColumnProperty property = BulkParameters.property(mapper, entry.getKey(), index);
            if (!property.isPrimaryKey()) {
                values.put(property, entry.getValue());
            }
        }
        sync.updated(state, values);
    }

    private Result executeRuns(io.alchemy.sql.Executable statement, List<Map<String, Object>> parameters) {
        List<List<Map<String, Object>>> runs = BulkParameters.runs(parameters);
        if (runs.size() == 1) {
            return connection.execute(statement, runs.get(0));
        }
        long total = 0;
        for (List<Map<String, Object>> run : runs) {
            total += connection.execute(statement, run).rowcount();
        }
        return new RowcountResult(total);
    }
}
