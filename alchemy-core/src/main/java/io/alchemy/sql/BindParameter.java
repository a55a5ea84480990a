package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A bound parameter: a value that travels beside the SQL, never inside it. Explicitly named parameters
 * ({@code bindparam("username")}) take their value from the execution parameters; anonymous ones carry the value
 * they were built with and get a name at compile time from their base ({@code :name_1}, {@code :param_1}).
 * An <em>expanding</em> parameter holds a list and becomes one placeholder per element at execution ({@code IN}).
 *
 * @param <T> the Java type of the value (of each element, when expanding)
 */
public final class BindParameter<T> extends ColumnElement<T> implements SharedNode {
    private final String key;
    private final String base;
    private final Object value;
    private final boolean hasValue;
    private final SqlType<T> type;
    private final boolean expanding;

    private BindParameter(String key, String base, Object value, boolean hasValue, SqlType<T> type, boolean expanding) {
        this.key = key;
        this.base = base;
        this.value = value;
        this.hasValue = hasValue;
        this.type = type;
        this.expanding = expanding;
    }

    /** A named parameter whose value comes from the execution parameters. */
    public static <T> BindParameter<T> named(String key, SqlType<T> type) {
        if (key == null || key.isBlank()) {
            throw new ArgumentError("A bound parameter needs a non-empty name");
        }
        return new BindParameter<>(key, key, null, false, type, false);
    }

    /** A named parameter with a default value, which execution parameters of the same name override. */
    public static <T> BindParameter<T> named(String key, SqlType<T> type, Object value) {
        named(key, type);
        return new BindParameter<>(key, key, value, true, type, false);
    }

    /** An anonymous parameter carrying {@code value}, named at compile time {@code <base>_<n>}. */
    public static <T> BindParameter<T> anonymous(String base, Object value, SqlType<T> type) {
        return new BindParameter<>(null, Objects.requireNonNull(base, "base"), value, true, type, false);
    }

    /**
     * A value standing alone ({@code literal("x")}): anonymous, and named after the column it is first combined
     * with ({@code literal("Username: ").concat(name)} renders {@code :name_1 || user_account.name}, as a plain value
     * does in SQLAlchemy); alone it is {@code :param_1}.
     */
    public static <T> BindParameter<T> literal(Object value, SqlType<T> type) {
        if (value instanceof ClauseElement || value instanceof Executable) {
            // SQLAlchemy's literal() takes plain values only (LiteralValueRole): SQL is never bound as a value
            throw new ArgumentError("literal() takes a plain value, not a " + value.getClass().getSimpleName()
                    + "; use the expression itself");
        }
        return new BindParameter<>(null, null, value, true, type, false);
    }

    /** This parameter named after {@code base} when it is a {@link #literal} not yet named; otherwise itself. */
    BindParameter<T> adopting(String newBase) {
        return key == null && base == null ? new BindParameter<>(null, newBase, value, hasValue, type, expanding) : this;
    }

    /** An expanding anonymous parameter over a list of values. */
    static <T> BindParameter<T> expandingList(String base, List<?> values, SqlType<T> type) {
        return new BindParameter<>(null, base, Collections.unmodifiableList(new ArrayList<>(values)), true, type, true);
    }

    /**
     * The same parameter made unique, SQLAlchemy's {@code bindparam(name, value, unique=True)}: its name becomes the
     * base of an anonymous name numbered at compile time ({@code :foo_1}), so that the same name used in several
     * places (several {@code text()} fragments of one statement) gives distinct parameters.
     */
    public BindParameter<T> unique() {
        return new BindParameter<>(null, key != null ? key : base(), value, hasValue, type, expanding);
    }

    /** The same parameter, expanding: its value (given now or at execution) is a collection, one placeholder each. */
    public BindParameter<T> expanding() {
        return new BindParameter<>(key, base, value, hasValue, type, true);
    }

    /** The same parameter with a type, which binds its value and reads it back. */
    public <R> BindParameter<R> withType(SqlType<R> newType) {
        return new BindParameter<>(key, base, value, hasValue, newType, expanding);
    }

    /** The explicit name, or {@code null} for an anonymous parameter. */
    public String key() {
        return key;
    }

    /** Whether the parameter has an explicit name. */
    public boolean isNamed() {
        return key != null;
    }

    /** The base an anonymous name is derived from. */
    public String base() {
        return base == null ? "param" : base;
    }

    /** The value the parameter carries, when {@link #hasValue()}. */
    public Object value() {
        return value;
    }

    /** Whether a value was given when building the statement ({@code null} is a value). */
    public boolean hasValue() {
        return hasValue;
    }

    /** Whether the value is a list rendered as one placeholder per element. */
    public boolean isExpanding() {
        return expanding;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    /**
     * A value combined with a parameter is named {@code param_N}, as SQLAlchemy names it ({@code 3 + bindparam("x")}
     * is {@code :param_1 + :x}): only columns, labels and functions lend their names.
     */
    @Override
    public String bindNameBase() {
        return "param";
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitBindParameter(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(this.key, base, type, expanding, hasValue);
        if (this.key != null) {
            key.explicitName(this.key);
        }
        if (hasValue) {
            key.literal(this);
        }
    }
}
