package io.alchemy.benchmarks.alchemy;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.types.Types.BIGINT;
import static io.alchemy.types.Types.string;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Row;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The suite's two tables as Alchemy Core metadata (the tutorial's {@code user_account} and {@code address}), and
 * the Core idiom for inserting many rows and getting their keys back.
 */
public final class BenchTables {
    private static final MetaData METADATA = new MetaData();
    /** {@code user_account (id, name, fullname)}. */
    public static final Table USERS = METADATA.table("user_account",
            column("id", BIGINT).primaryKey(),
            column("name", string(30)).nullable(false),
            column("fullname", string(100)));
    /** {@code address (id, user_id, email_address)}. */
    public static final Table ADDRESSES = METADATA.table("address",
            column("id", BIGINT).primaryKey(),
            column("user_id", BIGINT).references("user_account.id").nullable(false),
            column("email_address", string(100)).nullable(false));

    private BenchTables() {
    }

    /**
     * Inserts {@code rows} into {@code table} and returns the generated ids in order: executemany of
     * {@code insert(table).returning(id)} where the dialect has RETURNING, else one INSERT per row read back through
     * {@code insertedPrimaryKey()} (SQLAlchemy's own fallback).
     */
    public static List<Long> insertReturningIds(Connection conn, Table table, List<Map<String, Object>> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        if (conn.dialect().supportsReturning()) {
            for (Row row : conn.execute(insert(table).returning(table.c("id")), rows)) {
                ids.add(((Number) row.get(0)).longValue());
            }
        } else {
            for (Map<String, Object> row : rows) {
                ids.add(((Number) conn.execute(insert(table), row).insertedPrimaryKey().get(0)).longValue());
            }
        }
        return ids;
    }
}
