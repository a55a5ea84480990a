package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.ResultColumn;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * How the rows of one compiled statement are read, built once and cached with the compiled form (so every
 * execution of a cached statement reuses it). When the statement declares a type for each of its columns the
 * reader is fixed at construction: rows are read by index through those types and the JDBC metadata is only asked
 * for its column count. Otherwise (text() statements, untyped expressions) the reader depends on what the driver
 * reports; it is built from the metadata of the first result and kept together with a {@link MetadataSignature} of
 * what it depended on, and rebuilt only for a result whose metadata differs (SQLite reports the type of an
 * expression column from its first row's value, so two executions of one statement can differ). Thread-safe: the
 * kept reader is an immutable snapshot.
 */
final class ResultPlan {
    private final List<ResultColumn> declared;
    private final Dialect dialect;
    private final RowReader typed;
    private volatile Derived derived;

    private ResultPlan(List<ResultColumn> declared, Dialect dialect) {
        this.declared = List.copyOf(declared);
        this.dialect = dialect;
        boolean allTyped = !declared.isEmpty() && declared.stream().allMatch(column -> column.type() != null);
        this.typed = allTyped ? RowReader.ofDeclared(this.declared, dialect) : null;
    }

    /** The plan of a statement that declares {@code declared} result columns (empty: all from the metadata). */
    static ResultPlan of(List<ResultColumn> declared, Dialect dialect) {
        return new ResultPlan(declared, dialect);
    }

    /** The reader for a result with this {@code meta}data: the plan's own, or one built and kept for it. */
    RowReader reader(ResultSetMetaData meta) throws SQLException {
        if (typed != null && meta.getColumnCount() == declared.size()) {
            return typed;
        }
        Derived current = derived;
        if (current != null && current.signature().matches(meta)) {
            return current.reader();
        }
        RowReader reader = RowReader.of(meta, declared, dialect);
        derived = new Derived(MetadataSignature.of(meta, declared), reader);
        return reader;
    }

    /** A reader built from driver metadata, and the metadata it was built from. */
    private record Derived(MetadataSignature signature, RowReader reader) {
    }
}
