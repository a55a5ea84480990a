package io.alchemy.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs {@code createAll}: checks that every foreign key resolves, creates the sequences, then the tables in
 * dependency order with their comments and indexes, and finally adds the foreign keys of dependency cycles with
 * ALTER TABLE (on SQLite, which cannot, they stay inside CREATE TABLE). With {@code checkFirst}, what exists is
 * left alone.
 */
final class SchemaCreator {
    private final SchemaTarget target;
    private final boolean checkFirst;

    SchemaCreator(SchemaConnection connection, boolean checkFirst) {
        this(SchemaTarget.of(connection), checkFirst);
    }

    SchemaCreator(SchemaTarget target, boolean checkFirst) {
        this.target = target;
        this.checkFirst = checkFirst;
    }

    void createAll(MetaData metadata) {
        SchemaDialect dialect = target.dialect();
        if (dialect.supportsSequences()) {
            for (Sequence sequence : metadata.sequences()) {
                if (!checkFirst || !target.reflector().hasSequence(target.jdbc(), sequence.schema(), sequence.name())) {
                    target.execute(new CreateSequence(sequence));
                }
            }
        }
        createTables(new ArrayList<>(metadata.tables().values()));
    }

    void createTables(List<Table> tables) {
        tables.forEach(SchemaCreator::checkResolvable);
        TableSorter.Sorted sorted = TableSorter.sort(tables);
        List<Table> toCreate = sorted.tables().stream()
                .filter(t -> !checkFirst || !target.reflector().hasTable(target.jdbc(), t.schema(), t.name())).toList();
        Set<ForeignKeyConstraint> deferred = target.dialect().supportsAlterAddConstraint() ? sorted.cycleConstraints() : Set.of();
        for (Table table : toCreate) {
            target.execute(new CreateTable(table, deferred));
            if (target.dialect().supportsCommentStatements()) {
                addComments(table);
            }
            table.indexes().forEach(index -> target.execute(new CreateIndex(index)));
        }
        for (ForeignKeyConstraint fk : deferred) {
            if (toCreate.contains(fk.table())) {
                target.execute(new AddConstraint(fk));
            }
        }
    }

    private void addComments(Table table) {
        if (table.comment() != null) {
            target.execute(new SetTableComment(table));
        }
        for (Column<?> column : table.tableColumns()) {
            if (column.comment() != null) {
                target.execute(new SetColumnComment(column));
            }
        }
    }

    /** Raises NoSuchTableError / NoSuchColumnError for a foreign key whose target is not in the MetaData. */
    private static void checkResolvable(Table table) {
        for (ForeignKey key : table.foreignKeys()) {
            key.column();
        }
    }
}
