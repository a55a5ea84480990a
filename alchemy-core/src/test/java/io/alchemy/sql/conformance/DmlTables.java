package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.column;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.string;

import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;

/**
 * The tables of SQLAlchemy's {@code test_update.py} / {@code test_delete.py} / {@code test_insert.py} fixtures
 * ({@code _UpdateFromTestBase}): {@code mytable}, {@code myothertable}, and {@code users} / {@code addresses} /
 * {@code dingalings} with the foreign keys their joins infer ON clauses from; each instance has its own
 * {@link MetaData}.
 */
final class DmlTables {
    final MetaData metadata = new MetaData();
    final Table mytable = metadata.table("mytable",
            column("myid", INTEGER),
            column("name", string(30)),
            column("description", string(50)));
    final Table myothertable = metadata.table("myothertable",
            column("otherid", INTEGER),
            column("othername", string(30)));
    final Table users = metadata.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    final Table addresses = metadata.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id").references("users.id"),
            column("name", string(30)).nullable(false),
            column("email_address", string(50)).nullable(false));
    final Table dingalings = metadata.table("dingalings",
            column("id", INTEGER).primaryKey(),
            column("address_id").references("addresses.id"),
            column("data", string(30)));
}
