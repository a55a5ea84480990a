package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A collection of {@link Table}s (and {@link Sequence}s) that refer to each other: SQLAlchemy's {@code MetaData}.
 * Define tables with {@link #table}, create them with {@link #createAll}, drop them with {@link #dropAll}, or load
 * them from a database with {@link #reflectTable} / {@link #reflect}. Not thread-safe while tables are being
 * defined; safe to share once it is complete.
 */
public final class MetaData {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();

    /**
     * Defines table {@code name} from columns, constraints, indexes and options:
     * {@code metadata.table("user_account", column("id", INTEGER).primaryKey(), column("name", string(30)))}.
     * {@link ArgumentError} when the MetaData already has a table of that name, or an element is invalid.
     */
    public Table table(String name, TableElement... elements) {
        return table(null, name, elements);
    }

    /** Defines a table in {@code schema} (null: the default schema). */
    public Table table(@Nullable String schema, String name, TableElement... elements) {
        return table(schema, name, Arrays.asList(elements));
    }

    /** Defines a table from a list of elements. */
    public Table table(@Nullable String schema, String name, List<? extends TableElement> elements) {
        String key = schema == null ? name : schema + "." + name;
        if (tables.containsKey(key)) {
            throw new ArgumentError("Table '" + key + "' is already defined in this MetaData");
        }
        Table table = new Table(this, schema, name, new ArrayList<>(elements));
        tables.put(key, table);
        for (Column<?> column : table.tableColumns()) {
            if (column.sequence() != null) {
                addSequence(column.sequence());
            }
        }
        return table;
    }

    /** Registers a sequence to create with the tables; returns it. */
    public Sequence addSequence(Sequence sequence) {
        String key = sequence.schema() == null ? sequence.name() : sequence.schema() + "." + sequence.name();
        Sequence known = sequences.putIfAbsent(key, sequence);
        if (known != null && !known.equals(sequence)) {
            sequences.put(key, known);
            throw new ArgumentError("Sequence '" + key + "' is already defined differently in this MetaData: " + known);
        }
        return sequence;
    }

    /** The tables by key ({@code name}, or {@code schema.name}), in definition order. */
    public Map<String, Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** The table with this key, or {@link io.alchemy.exc.NoSuchTableError}. */
    public Table tableNamed(String key) {
        Table table = tables.get(key);
        if (table == null) {
            throw new io.alchemy.exc.NoSuchTableError("MetaData has no table '" + key + "'; it has " + tables.keySet());
        }
        return table;
    }

    /** The sequences, in definition order. */
    public List<Sequence> sequences() {
        return List.copyOf(sequences.values());
    }

    /** The tables in dependency order: every table after the tables its foreign keys refer to. */
    public List<Table> sortedTables() {
        return TableSorter.sort(new ArrayList<>(tables.values())).tables();
    }

    /** Removes a table (only from this MetaData, not from the database). */
    public void remove(Table table) {
        tables.remove(table.fullName(), table);
    }

    /** Creates the tables, indexes and sequences that do not exist yet, in dependency order, in one transaction. */
    public void createAll(SchemaEngine engine) {
        engine.inSchemaTransaction(this::createAll);
    }

    /** {@link #createAll(SchemaEngine)} on a connection, in its current transaction. */
    public void createAll(SchemaConnection connection) {
        new SchemaCreator(connection, true).createAll(this);
    }

    /** Drops the tables and sequences that exist, in reverse dependency order, in one transaction. */
    public void dropAll(SchemaEngine engine) {
        engine.inSchemaTransaction(this::dropAll);
    }

    /** {@link #dropAll(SchemaEngine)} on a connection, in its current transaction. */
    public void dropAll(SchemaConnection connection) {
        new SchemaDropper(connection, true).dropAll(this);
    }

    /**
     * Loads table {@code name} from the database (columns, keys, indexes, comment), and the tables its foreign
     * keys refer to; {@link io.alchemy.exc.NoSuchTableError} when it does not exist. A table already in this
     * MetaData is returned as it is.
     */
    public Table reflectTable(String name, SchemaEngine engine) {
        return reflectTable(null, name, engine);
    }

    /** {@link #reflectTable(String, SchemaEngine)} in {@code schema}. */
    public Table reflectTable(@Nullable String schema, String name, SchemaEngine engine) {
        return engine.withSchemaConnection(connection -> reflectTable(schema, name, connection));
    }

    /** {@link #reflectTable(String, SchemaEngine)} on a connection. */
    public Table reflectTable(@Nullable String schema, String name, SchemaConnection connection) {
        return new TableReflector(this, connection.dialect(), connection.jdbcConnection()).reflect(schema, name);
    }

    /** Loads every table of the default schema that this MetaData does not have yet. */
    public void reflect(SchemaEngine engine) {
        reflect(null, engine);
    }

    /** Loads every table of {@code schema} that this MetaData does not have yet. */
    public void reflect(@Nullable String schema, SchemaEngine engine) {
        engine.withSchemaConnection(connection -> {
            new TableReflector(this, connection.dialect(), connection.jdbcConnection()).reflectAll(schema);
            return null;
        });
    }

    @Override
    public String toString() {
        return "MetaData()";
    }
}
