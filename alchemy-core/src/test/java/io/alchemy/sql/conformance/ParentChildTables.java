package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.column;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.string;

import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;

/**
 * The {@code parent} / {@code child} / {@code grandchild} tables of SQLAlchemy's {@code test_select.py} join cases,
 * with the foreign keys the joins infer their ON clauses from; each instance has its own {@link MetaData}.
 */
final class ParentChildTables {
    final MetaData metadata = new MetaData();
    final Table parent = metadata.table("parent",
            column("id", INTEGER).primaryKey(),
            column("data", string(50)));
    final Table child = metadata.table("child",
            column("id", INTEGER).primaryKey(),
            column("parent_id").references("parent.id"),
            column("data", string(50)));
    final Table grandchild = metadata.table("grandchild",
            column("id", INTEGER).primaryKey(),
            column("child_id").references("child.id"));
}
