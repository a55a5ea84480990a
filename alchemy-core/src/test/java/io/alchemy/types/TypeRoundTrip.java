package io.alchemy.types;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.text;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes values of one type into a fresh table through typed binds and reads them back through the type. */
final class TypeRoundTrip {
    private final Engine engine;
    private final Table table;
    private final SqlType<?> type;

    private TypeRoundTrip(Engine engine, String name, SqlType<?> type) {
        this.engine = engine;
        this.type = type;
        MetaData metadata = new MetaData();
        this.table = metadata.table(name, column("id", Types.INTEGER).primaryKey().autoincrement(false), column("v", type));
        metadata.createAll(engine);
    }

    static TypeRoundTrip of(Engine engine, String tableName, SqlType<?> type) {
        return new TypeRoundTrip(engine, tableName, type);
    }

    /** Inserts each value (in order, ids 1..n) and returns what reading them back gives, in the same order. */
    List<Object> roundTrip(Object... values) {
        engine.begin(conn -> {
            for (int i = 0; i < values.length; i++) {
                Map<String, Object> params = new java.util.HashMap<>();
                params.put("id", i + 1);
                params.put("v", values[i]);
                conn.execute(text("INSERT INTO " + table.name() + " (id, v) VALUES (:id, :v)").bindparam("v", type), params);
            }
        });
        List<Object> read = engine.transaction(conn -> new ArrayList<>(conn.execute(
                text("SELECT v FROM " + table.name() + " ORDER BY id").columns(table.c("v"))).scalars().all()));
        engine.begin(conn -> conn.execute(text("DELETE FROM " + table.name())));
        return read;
    }

    /** Inserts one value (expected to fail in the bind). */
    void insert(Object value) {
        engine.begin(conn -> conn.execute(text("INSERT INTO " + table.name() + " (id, v) VALUES (1, :v)").bindparam("v", type),
                Map.of("v", value)));
    }
}
