package io.alchemy.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Runs {@code dropAll}: drops the tables in reverse dependency order (first removing, by their names in the
 * database, the foreign keys that form cycles), then the sequences. With {@code checkFirst}, what does not exist
 * is skipped.
 */
final class SchemaDropper {
    private final SchemaTarget target;
    private final boolean checkFirst;

    SchemaDropper(SchemaConnection connection, boolean checkFirst) {
        this(SchemaTarget.of(connection), checkFirst);
    }

    SchemaDropper(SchemaTarget target, boolean checkFirst) {
        this.target = target;
        this.checkFirst = checkFirst;
    }

    void dropAll(MetaData metadata) {
        dropTables(new ArrayList<>(metadata.tables().values()));
        if (target.dialect().supportsSequences()) {
            for (Sequence sequence : metadata.sequences()) {
                if (!checkFirst || reflector().hasSequence(target.jdbc(), sequence.schema(), sequence.name())) {
                    target.execute(new DropSequence(sequence));
                }
            }
        }
    }

    void dropTables(List<Table> tables) {
        TableSorter.Sorted sorted = TableSorter.sort(tables);
        List<Table> toDrop = new ArrayList<>(sorted.tables().stream().filter(this::exists).toList());
        Collections.reverse(toDrop);
        if (target.dialect().supportsAlterAddConstraint()) {
            for (ForeignKeyConstraint fk : sorted.cycleConstraints()) {
                Table referred = fk.table().metadata().tables().get(fk.referredTableKey());
                if (toDrop.contains(fk.table()) && referred != null && toDrop.contains(referred)) {
                    dropForeignKey(fk);
                }
            }
        }
        toDrop.forEach(table -> target.execute(new DropTable(table)));
    }

    private boolean exists(Table table) {
        return !checkFirst || reflector().hasTable(target.jdbc(), table.schema(), table.name());
    }

    /** Drops a cycle's foreign key under the name the database knows it by. */
    private void dropForeignKey(ForeignKeyConstraint fk) {
        String name = fk.name();
        if (name == null) {
            Table table = fk.table();
            String referred = fk.referredTable().name();
            name = reflector().foreignKeys(target.jdbc(), table.schema(), table.name()).stream()
                    .filter(r -> r.columns().equals(fk.columnNames()) && r.referredTable().equals(referred))
                    .map(ReflectedForeignKey::name).filter(Objects::nonNull).findFirst().orElse(null);
        }
        if (name != null) {
            target.execute(new DropConstraint(fk, name));
        }
    }

    private SchemaReflection reflector() {
        return target.reflector();
    }
}
