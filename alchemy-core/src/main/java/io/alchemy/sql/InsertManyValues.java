package io.alchemy.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * How an executemany {@code INSERT … RETURNING} runs (SQLAlchemy's "insertmanyvalues"): as multi-row
 * {@code INSERT … VALUES (…), (…) … RETURNING} batches whose returned rows are put back in parameter order by a
 * sentinel, or, where no sentinel can be trusted, one INSERT per parameter set (with RETURNING emulated from the
 * generated keys where the dialect has none). Compiled once per statement shape
 * by {@code InsertManyValuesCompiler} and cached beside the statement's {@link Compiled} form; immutable.
 */
public final class InsertManyValues {
    /** At most this many rows go into one batch (SQLAlchemy's {@code insertmanyvalues_page_size}). */
    public static final int PAGE_SIZE = 1000;

    /** The plan of statements that cannot be batched: one INSERT per parameter set, rows in order by construction. */
    public static final InsertManyValues ONE_ROW_PER_STATEMENT = new InsertManyValues(Ordering.ONE_ROW_PER_STATEMENT,
            null, "", "", "", false, 0, List.of(), List.of());

    /** How the returned rows of a batch are put in parameter order. */
    public enum Ordering {
        /** No batching: one INSERT per parameter set. */
        ONE_ROW_PER_STATEMENT,
        /** Sorted by the database-generated key, which the database assigns in row order. */
        GENERATED_KEY,
        /** Matched to the parameter sets by the values they give the sentinel (primary key) columns. */
        SENTINEL_VALUES,
        /**
         * No RETURNING in the dialect (MySQL): one INSERT per parameter set, each returned row made of the generated
         * key (JDBC generated keys) and the values the parameter set gave.
         */
        EMULATED_RETURNING
    }

    private final Ordering ordering;
    private final Compiled rowForm;
    private final String before;
    private final String row;
    private final String after;
    private final boolean numberedRows;
    private final int visibleColumns;
    private final List<Integer> sentinelColumns;
    private final List<Integer> sentinelSlots;
    private final List<Integer> returningSources;

    /**
     * @param ordering how returned rows are ordered
     * @param rowForm the single-row statement: its slots are one row's, its result columns include the sentinel
     * @param before the SQL before the first row
     * @param row one row, {@code (?, ?)}
     * @param after the SQL after the last row
     * @param numberedRows whether each row carries its position as a last, literal value ({@code (?, ?, 0)})
     * @param visibleColumns how many of the result columns the statement asked for (the sentinel columns follow)
     * @param sentinelColumns the result column positions of the sentinel
     * @param sentinelSlots the row slot positions of the sentinel values ({@link Ordering#SENTINEL_VALUES})
     */
    public InsertManyValues(Ordering ordering, Compiled rowForm, String before, String row, String after,
            boolean numberedRows, int visibleColumns, List<Integer> sentinelColumns, List<Integer> sentinelSlots) {
        this(ordering, rowForm, before, row, after, numberedRows, visibleColumns, sentinelColumns, sentinelSlots,
                List.of());
    }

    private InsertManyValues(Ordering ordering, Compiled rowForm, String before, String row, String after,
            boolean numberedRows, int visibleColumns, List<Integer> sentinelColumns, List<Integer> sentinelSlots,
            List<Integer> returningSources) {
        this.ordering = ordering;
        this.rowForm = rowForm;
        this.before = before;
        this.row = row;
        this.after = after;
        this.numberedRows = numberedRows;
        this.visibleColumns = visibleColumns;
        this.sentinelColumns = List.copyOf(sentinelColumns);
        this.sentinelSlots = List.copyOf(sentinelSlots);
        this.returningSources = List.copyOf(returningSources);
    }

    /**
     * The plan of a dialect without RETURNING: {@code rowForm} is the INSERT without RETURNING (asking for the
     * generated key) whose result columns are the RETURNING columns, each taken from {@code sources}: {@code -1} for
     * the generated key, else the position of the row slot whose value it returns.
     */
    public static InsertManyValues emulatedReturning(Compiled rowForm, List<Integer> sources) {
        return new InsertManyValues(Ordering.EMULATED_RETURNING, rowForm, "", "", "", false,
                rowForm.resultColumns().size(), List.of(), List.of(), sources);
    }

    public Ordering ordering() {
        return ordering;
    }

    /** Whether parameter sets go in multi-row batches. */
    public boolean batched() {
        return ordering == Ordering.GENERATED_KEY || ordering == Ordering.SENTINEL_VALUES;
    }

    /** For {@link Ordering#EMULATED_RETURNING}: per returned column, {@code -1} (the generated key) or a row slot. */
    public List<Integer> returningSources() {
        return returningSources;
    }

    /** The single-row form: the slots of one row, the result columns (sentinel included), the literal names. */
    public Compiled rowForm() {
        return rowForm;
    }

    /** How many of the result columns the statement asked for; the sentinel columns come after them. */
    public int visibleColumns() {
        return visibleColumns;
    }

    /** The result column positions holding the sentinel. */
    public List<Integer> sentinelColumns() {
        return sentinelColumns;
    }

    /**
     * The positions, among one row's slots, of the values the parameter sets give the sentinel columns, in the
     * order of {@link #sentinelColumns()} ({@link Ordering#SENTINEL_VALUES}; empty otherwise).
     */
    public List<Integer> sentinelSlots() {
        return sentinelSlots;
    }

    /** How many rows fit in one batch: {@link #PAGE_SIZE}, fewer when the dialect's parameter limit says so. */
    public int rowsPerBatch(int maxBindParameters) {
        int perRow = Math.max(1, rowForm.binds().size());
        return Math.max(1, Math.min(PAGE_SIZE, maxBindParameters / perRow));
    }

    /** The SQL of a batch of {@code rows} rows. */
    public String sql(int rows) {
        StringBuilder sql = new StringBuilder(before.length() + after.length() + rows * (row.length() + 8));
        sql.append(before);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            if (numberedRows) {
                sql.append(row, 0, row.length() - 1).append(", ").append(i).append(')');
            } else {
                sql.append(row);
            }
        }
        return sql.append(after).toString();
    }

    /** The compiled form of a batch of {@code rows} rows: one row's slots repeated. */
    public Compiled batch(int rows) {
        List<BindSlot> slots = new ArrayList<>(rows * rowForm.binds().size());
        for (int i = 0; i < rows; i++) {
            slots.addAll(rowForm.binds());
        }
        return new Compiled(sql(rows), slots, rowForm.resultColumns(), List.of(), StatementKind.INSERT);
    }
}
