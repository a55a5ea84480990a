package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static io.alchemy.types.Types.string;

import io.alchemy.engine.Engine;
import io.alchemy.engine.Result;
import io.alchemy.engine.Row;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import java.util.List;
import java.util.Map;

/**
 * The tutorial's fixture on a real database: its two tables (§1.3) created, and the rows of S4 (users 1-3,
 * addresses 1-3) inserted through the expression language itself (E4.2, E4.4, E4.5).
 */
final class Tutorial {
    final MetaData metadata = new MetaData();
    final Table user = metadata.table("user_account",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)),
            column("fullname", STRING));
    final Table address = metadata.table("address",
            column("id", INTEGER).primaryKey(),
            column("user_id").references("user_account.id").nullable(false),
            column("email_address", STRING).nullable(false));

    /** Creates the tables only. */
    Tutorial create(Engine engine) {
        metadata.createAll(engine);
        return this;
    }

    /** Creates the tables and inserts the S4 rows. */
    Tutorial load(Engine engine) {
        create(engine);
        engine.begin(conn -> {
            conn.execute(insert(user).values(Map.of("name", "spongebob", "fullname", "Spongebob Squarepants")));
            conn.execute(insert(user), List.of(Map.of("name", "sandy", "fullname", "Sandy Cheeks"),
                    Map.of("name", "patrick", "fullname", "Patrick Star")));
            Select<?> byName = select(user.c("id")).where(user.c("name").eq(bindparam("username")));
            conn.execute(insert(address).values(Map.of("user_id", byName.scalarSubquery())), List.of(
                    Map.of("username", "spongebob", "email_address", "spongebob@sqlalchemy.org"),
                    Map.of("username", "sandy", "email_address", "sandy@sqlalchemy.org"),
                    Map.of("username", "sandy", "email_address", "sandy@squirrelpower.org")));
        });
        return this;
    }

    /** Runs {@code statement} in a transaction of its own and returns its rows (see {@link #rows(Result)}). */
    static List<List<Object>> query(Engine engine, Executable statement) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        engine.begin(conn -> rows.addAll(rows(conn.execute(statement))));
        return rows;
    }

    /** Runs {@code statement} with parameters in a transaction of its own and returns its rows. */
    static List<List<Object>> query(Engine engine, Executable statement, Map<String, ?> parameters) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        engine.begin(conn -> rows.addAll(rows(conn.execute(statement, parameters))));
        return rows;
    }

    /** Every row of a result as a list of values, numbers normalised to {@code long} for cross-database equality. */
    static List<List<Object>> rows(Result result) {
        return result.all().stream().map(Tutorial::values).toList();
    }

    static List<Object> values(Row row) {
        return row.values().stream().map(v -> v instanceof Number n && !(v instanceof java.math.BigDecimal)
                ? (Object) n.longValue() : v).toList();
    }

    /** A row literal for assertions. */
    static List<Object> row(Object... values) {
        return java.util.Arrays.stream(values).map(v -> v instanceof Integer i ? (Object) i.longValue() : v).toList();
    }

    /** SQL without newlines and tabs, to compare with the reference (which shows SQL whitespace-normalised). */
    static String flat(String sql) {
        return sql.replace("\n", "").replace("\t", "");
    }
}
