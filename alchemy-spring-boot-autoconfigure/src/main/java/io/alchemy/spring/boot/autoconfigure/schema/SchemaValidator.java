package io.alchemy.spring.boot.autoconfigure.schema;

import io.alchemy.Alchemy;
import io.alchemy.dialect.TypeCompiler;
import io.alchemy.engine.Engine;
import io.alchemy.schema.Column;
import io.alchemy.schema.ForeignKey;
import io.alchemy.schema.Inspector;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.ReflectedColumn;
import io.alchemy.schema.ReflectedForeignKey;
import io.alchemy.schema.ReflectedIndex;
import io.alchemy.schema.ReflectedUniqueConstraint;
import io.alchemy.schema.Table;
import io.alchemy.schema.UniqueConstraint;
import io.alchemy.types.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the tables of a {@link MetaData} with what the database reflects and lists every difference: missing
 * tables and columns, incompatible column types ({@link TypeFamily}), VARCHARs shorter than mapped, nullability,
 * primary keys, foreign keys and unique constraints. Names are compared ignoring case. Extra tables and columns in
 * the database are not differences.
 */
public final class SchemaValidator {
    private final Inspector inspector;
    private final TypeCompiler types;

    private SchemaValidator(Engine engine) {
        this.inspector = Alchemy.inspect(engine);
        this.types = engine.dialect().typeCompiler();
    }

    /** The differences between {@code metadata}'s tables and {@code engine}'s database, one line each. */
    public static List<String> differences(MetaData metadata, Engine engine) {
        SchemaValidator validator = new SchemaValidator(engine);
        List<String> differences = new ArrayList<>();
        for (Table table : metadata.sortedTables()) {
            validator.table(table, differences);
        }
        return differences;
    }

    private void table(Table table, List<String> differences) {
        String label = table.schema() == null ? table.name() : table.schema() + "." + table.name();
        if (!inspector.hasTable(table.schema(), table.name())) {
            differences.add("table " + label + " is missing");
            return;
        }
        Map<String, ReflectedColumn> reflected = inspector.columns(table.schema(), table.name()).stream()
                .collect(Collectors.toMap(c -> key(c.name()), Function.identity(), (a, b) -> a));
        for (Column<?> column : table.tableColumns()) {
            ReflectedColumn found = reflected.get(key(column.name()));
            if (found == null) {
                differences.add("column " + label + "." + column.name() + " is missing (mapped as "
                        + types.process(column.type()) + ")");
            } else {
                column(label + "." + column.name(), column, found, differences);
            }
        }
        primaryKey(table, label, differences);
        foreignKeys(table, label, differences);
        uniqueConstraints(table, label, differences);
    }

    private void column(String label, Column<?> column, ReflectedColumn found, List<String> differences) {
        String mapped = types.process(column.type());
        String stored = types.process(found.type());
        if (!TypeFamily.of(column.type()).fits(TypeFamily.of(found.type()))) {
            differences.add("column " + label + " is " + stored + " in the database but mapped as " + mapped);
        } else if (column.type() instanceof StringType want && found.type() instanceof StringType have
                && want.length() != null && have.length() != null && have.length() < want.length()) {
            differences.add("column " + label + " is " + stored + " in the database, shorter than the mapped " + mapped);
        }
        if (!column.isNullable() && found.nullable() && !column.isPrimaryKey()) {
            differences.add("column " + label + " is NOT NULL in the mapping but nullable in the database");
        } else if (column.isNullable() && !found.nullable()) {
            differences.add("column " + label + " is nullable in the mapping but NOT NULL in the database");
        }
    }

    private void primaryKey(Table table, String label, List<String> differences) {
        Set<String> mapped = keys(table.primaryKey().columnNames());
        Set<String> stored = keys(inspector.primaryKey(table.schema(), table.name()).columns());
        if (!mapped.isEmpty() && !mapped.equals(stored)) {
            differences.add("primary key of " + label + " is " + (stored.isEmpty() ? "missing" : stored)
                    + " in the database but mapped as " + mapped);
        }
    }

    private void foreignKeys(Table table, String label, List<String> differences) {
        List<ReflectedForeignKey> stored = inspector.foreignKeys(table.schema(), table.name());
        for (ForeignKey foreignKey : table.foreignKeys()) {
            String column = key(foreignKey.parent().name());
            String target = foreignKey.targetTableKey();
            String targetTable = key(target.substring(target.lastIndexOf('.') + 1));
            boolean present = stored.stream().anyMatch(fk -> keys(fk.columns()).contains(column)
                    && key(fk.referredTable()).equals(targetTable));
            if (!present) {
                differences.add("foreign key " + label + "." + foreignKey.parent().name() + " → " + foreignKey.target()
                        + " is missing");
            }
        }
    }

    private void uniqueConstraints(Table table, String label, List<String> differences) {
        List<Set<String>> stored = new ArrayList<>();
        inspector.uniqueConstraints(table.schema(), table.name()).stream()
                .map(ReflectedUniqueConstraint::columns).map(SchemaValidator::keys).forEach(stored::add);
        inspector.indexes(table.schema(), table.name()).stream().filter(ReflectedIndex::unique)
                .map(ReflectedIndex::columns).map(SchemaValidator::keys).forEach(stored::add);
        Set<Set<String>> mapped = new java.util.LinkedHashSet<>(); // column.unique() is also a UniqueConstraint
        table.tableColumns().stream().filter(Column::isUnique).map(c -> keys(List.of(c.name()))).forEach(mapped::add);
        table.constraints().stream().filter(UniqueConstraint.class::isInstance)
                .map(c -> keys(((UniqueConstraint) c).columnNames())).forEach(mapped::add);
        for (Set<String> unique : mapped) {
            if (!stored.contains(unique)) {
                differences.add("unique constraint on " + label + " " + unique + " is missing");
            }
        }
    }

    private static Set<String> keys(List<String> names) {
        return names.stream().map(SchemaValidator::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
