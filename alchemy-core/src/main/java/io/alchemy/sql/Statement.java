package io.alchemy.sql;

import java.util.List;
import java.util.Map;

/**
 * Base of the executable statements of the expression language (select, compound selects, insert, update,
 * delete). Statements are immutable; their cache key and carried values are computed once, on first use.
 *
 * <p>Generative: every builder method ({@code where}, {@code values}, {@code orderBy}, …) returns a new statement
 * and leaves this one unchanged, so use its result ({@code stmt = stmt.where(x)}); a dropped result is flagged by
 * errorprone's {@code @CheckReturnValue}, which this package carries.
 */
public abstract class Statement implements Executable, ClauseElement {
    private volatile StatementKey key;

    /** What the statement does. */
    public abstract StatementKind kind();

    /** The statement's structure, its carried values and explicit parameter names, from one walk of the tree. */
    final StatementKey key() {
        StatementKey result = key;
        if (result == null) {
            CacheKeyBuilder builder = new CacheKeyBuilder();
            builder.add(this);
            result = builder.build();
            key = result;
        }
        return result;
    }

    /** The bound parameters carried by this statement, in the order the compiler's literal names refer to. */
    public final List<BindParameter<?>> carriedParameters() {
        return key().literals();
    }

    /** The names of the explicitly named parameters ({@code bindparam("x")}) anywhere in this statement. */
    public final java.util.Set<String> explicitParameterNames() {
        return key().explicitNames();
    }

    @Override
    public final Object cacheKey() {
        return key().structure();
    }

    @Override
    public final Compiled compile(SqlDialect dialect) {
        return compile(dialect, CompileOptions.DEFAULT);
    }

    @Override
    public final Compiled compile(SqlDialect dialect, CompileOptions options) {
        return dialect.statementCompiler(options).compile(this);
    }

    /** This statement's values by the names {@code compiled} gives them (a compiled form of any equal-keyed statement). */
    @Override
    public final Map<String, Object> boundValues(Compiled compiled) {
        List<Object> values = new java.util.ArrayList<>();
        for (BindParameter<?> parameter : key().literals()) {
            values.add(parameter.value());
        }
        return compiled.namedValues(values);
    }

    /**
     * This statement's values by the names of its display compilation. Names do not depend on the dialect, but
     * computing them compiles the statement: engines use {@link #boundValues(Compiled)} with the compiled form they
     * already hold.
     */
    @Override
    public final Map<String, Object> boundValues() {
        return boundValues(compile(Display.DIALECT));
    }

    /** The SQL as SQLAlchemy's {@code print(stmt)} shows it: the default dialect, {@code :name} parameters. */
    @Override
    public String toString() {
        return compile(Display.DIALECT).sql();
    }
}
