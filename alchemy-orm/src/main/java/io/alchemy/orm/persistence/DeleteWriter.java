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
import io.alchemy.sql.Delete;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DELETEs of one flush for one mapper, {@code WHERE} each object's primary key as loaded, in one executemany; with
 * a version counter one statement per object, checking its version, and {@link StaleDataError} when the row changed
 * or went away underneath.
 */
final class DeleteWriter {
    private final Connection connection;
    private final UnitOfWork work;

    DeleteWriter(Connection connection, UnitOfWork work) {
        this.connection = connection;
        this.work = work;
    }

    void delete(Mapper<?> mapper, List<InstanceState> states) {
        Delete statement = statement(mapper);
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (InstanceState state : states) {
            Map<String, Object> values = new LinkedHashMap<>();
            List<ColumnProperty> key = mapper.primaryKey();
            for (int i = 0; i < key.size(); i++) {
                values.put(UpdateWriter.keyName(key.get(i).column()), state.identity().get(i));
            }
            if (mapper.versionCounter() != null) {
                values.put(UpdateWriter.keyName(mapper.versionCounter().column()),
                        state.committedValue(mapper.versionCounter().name()));
            }
            parameters.add(values);
        }
        if (mapper.versionCounter() != null) {
            for (Map<String, Object> values : parameters) {
                long matched = connection.execute(statement, values).rowcount();
                if (matched != 1) {
                    throw new StaleDataError("DELETE statement on table '" + mapper.table().name()
                            + "' expected to delete 1 row(s); " + matched + " were matched.");
                }
            }
        } else {
            long matched = parameters.size() == 1 ? connection.execute(statement, parameters.get(0)).rowcount()
                    : connection.execute(statement, parameters).rowcount();
            if (matched >= 0 && matched != parameters.size()) {
                // SQLAlchemy's confirm_deleted_rows: a warning, not an error (the rows are gone either way)
                LOG.warn("DELETE statement on table '{}' expected to delete {} row(s); {} were matched. Please set "
                        + "confirm_deleted_rows=False within the mapper configuration to prevent this warning.",
                        mapper.table().name(), parameters.size(), matched);
            }
        }
        if (TableRows.completes(mapper, true)) {
            states.forEach(work::deleted);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeleteWriter.class);

    private static Delete statement(Mapper<?> mapper) {
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (ColumnProperty key : mapper.primaryKey()) {
            criteria.add(key.column().eq(bindparam(UpdateWriter.keyName(key.column()), key.column().type())));
        }
        if (mapper.versionCounter() != null) {
            Column<?> version = mapper.versionCounter().column();
            criteria.add(version.eq(bindparam(UpdateWriter.keyName(version), version.type())));
        }
        return Delete.from(mapper.table()).where(criteria.toArray(ColumnElement<?>[]::new));
    }
}
