package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The window of a window function: {@code PARTITION BY …}, {@code ORDER BY …} and a frame
 * ({@code ROWS|RANGE|GROUPS BETWEEN … AND …}). Frame bounds: {@code null} is UNBOUNDED, {@code 0} CURRENT ROW, a
 * negative number that many rows PRECEDING, a positive one FOLLOWING; distances are bound parameters, as in
 * SQLAlchemy ({@code :param_1 PRECEDING}). Immutable; built with
 * {@code partitionBy(…).orderBy(…).rows(null, 0)}.
 */
public final class WindowSpec {
    static final WindowSpec EMPTY = new WindowSpec(List.of(), List.of(), null, null, null);

    /** ROWS or RANGE. */
    public enum FrameKind { ROWS, RANGE, GROUPS }

    private final List<ColumnElement<?>> partitionBy;
    private final List<ColumnElement<?>> orderBy;
    private final FrameKind frameKind;
    private final Integer frameStart;
    private final Integer frameEnd;
    private final BindParameter<Integer> startOffset;
    private final BindParameter<Integer> endOffset;

    private WindowSpec(List<ColumnElement<?>> partitionBy, List<ColumnElement<?>> orderBy, FrameKind frameKind,
            Integer frameStart, Integer frameEnd) {
        this.partitionBy = List.copyOf(partitionBy);
        this.orderBy = List.copyOf(orderBy);
        this.frameKind = frameKind;
        this.frameStart = frameStart;
        this.frameEnd = frameEnd;
        this.startOffset = offset(frameStart);
        this.endOffset = offset(frameEnd);
    }

    /** A frame offset as SQLAlchemy sends it: a bound parameter of its distance ({@code :param_1 PRECEDING}). */
    private static BindParameter<Integer> offset(Integer bound) {
        return bound == null || bound == 0 ? null : BindParameter.anonymous("param", Math.abs(bound), Types.INTEGER);
    }

    /** A window partitioned by these expressions. */
    public static WindowSpec partitionedBy(ColumnElement<?>... expressions) {
        return EMPTY.partitionBy(expressions);
    }

    /** A window ordered by these expressions (or label names). */
    public static WindowSpec orderedBy(Object... expressions) {
        return EMPTY.orderBy(expressions);
    }

    /** Adds PARTITION BY expressions. */
    public WindowSpec partitionBy(ColumnElement<?>... expressions) {
        List<ColumnElement<?>> all = new ArrayList<>(partitionBy);
        all.addAll(List.of(expressions));
        return new WindowSpec(all, orderBy, frameKind, frameStart, frameEnd);
    }

    /** Adds ORDER BY expressions. */
    public WindowSpec orderBy(Object... expressions) {
        List<ColumnElement<?>> all = new ArrayList<>(orderBy);
        all.addAll(OrderByList.of(expressions));
        return new WindowSpec(partitionBy, all, frameKind, frameStart, frameEnd);
    }

    /** A ROWS frame between two bounds. */
    public WindowSpec rows(Integer start, Integer end) {
        return frame(FrameKind.ROWS, start, end);
    }

    /** A RANGE frame between two bounds. */
    public WindowSpec range(Integer start, Integer end) {
        return frame(FrameKind.RANGE, start, end);
    }

    /**
     * A GROUPS frame between two bounds, counted in peer groups of the ORDER BY (PostgreSQL, SQLite, H2; a
     * {@link io.alchemy.exc.CompileError} on MySQL and MariaDB).
     */
    public WindowSpec groups(Integer start, Integer end) {
        return frame(FrameKind.GROUPS, start, end);
    }

    private WindowSpec frame(FrameKind kind, Integer start, Integer end) {
        if (start != null && end != null && start > end) {
            throw new ArgumentError("A window frame's start (" + start + ") must not follow its end (" + end + ")");
        }
        return new WindowSpec(partitionBy, orderBy, kind, start, end);
    }

    public List<ColumnElement<?>> partitionByList() {
        return partitionBy;
    }

    public List<ColumnElement<?>> orderByList() {
        return orderBy;
    }

    /** ROWS, RANGE, or {@code null} without a frame. */
    public @Nullable FrameKind frameKind() {
        return frameKind;
    }

    public Integer frameStart() {
        return frameStart;
    }

    public Integer frameEnd() {
        return frameEnd;
    }

    /** The bound distance of the frame start ({@code null} for UNBOUNDED or CURRENT ROW). */
    public @Nullable BindParameter<Integer> frameStartOffset() {
        return startOffset;
    }

    /** The bound distance of the frame end ({@code null} for UNBOUNDED or CURRENT ROW). */
    public @Nullable BindParameter<Integer> frameEndOffset() {
        return endOffset;
    }

    void collectFroms(Consumer<? super FromClause> sink) {
        partitionBy.forEach(e -> e.collectFroms(sink));
        orderBy.forEach(e -> e.collectFroms(sink));
    }

    void addCacheKey(CacheKeyBuilder key) {
        key.addAll(partitionBy).addAll(orderBy).add(frameKind, direction(frameStart), direction(frameEnd))
                .add(startOffset).add(endOffset);
    }

    /** The structure of a bound: UNBOUNDED ({@code null}), PRECEDING (-1), CURRENT ROW (0) or FOLLOWING (1). */
    private static Integer direction(Integer bound) {
        return bound == null ? null : Integer.signum(bound);
    }
}
