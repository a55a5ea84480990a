package io.alchemy.orm.loading;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.metamodel.ColumnAttribute;
import io.alchemy.sql.ExecutableOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A column loader option of an ORM SELECT: {@code defer} leaves columns out of the SELECT (the attribute loads on
 * first access), {@code undefer} takes them back, {@code loadOnly} keeps only the named columns and the primary key.
 * Made by {@link LoaderOptions}; immutable.
 */
public final class ColumnLoadOption implements ExecutableOption {
    public enum Kind{ DEFER, UNDEFER, LOAD_ONLY }

    private final Kind kind;
    private final List<ColumnAttribute<?, ?>> attributes;

    /** An option of {@code kind} on {@code attributes}. */
    public ColumnLoadOption(Kind kind, List<ColumnAttribute<?, ?>> attributes) {
        if (attributes.isEmpty()) {
            throw new ArgumentError(kind.name().toLowerCase(java.util.Locale.ROOT) + "() needs at least one column attribute");
        }
        this.kind = kind;
        this.attributes = List.copyOf(attributes);
    }

    /** The attributes of {@code mapper} left out of the SELECT under {@code options}, applied in order. */
    static Set<String> deferred(Mapper<?> mapper, List<ColumnLoadOption> options) {
        Set<String> deferred = new LinkedHashSet<>();
        for (ColumnLoadOption option : options) {
            List<String> names = option.attributes.stream()
                    .filter(a -> a.entityClass().isAssignableFrom(mapper.entityClass()))
                    .map(ColumnAttribute::attributeName).toList();
            if (names.isEmpty()) {
                continue;
            }
            switch (option.kind) {
                case DEFER -> deferred.addAll(names);
                case UNDEFER -> names.forEach(deferred::remove);
                case LOAD_ONLY -> mapper.columnProperties().stream().map(ColumnProperty::name)
                        .filter(n -> !names.contains(n)).forEach(deferred::add);
            }
        }
        for (ColumnProperty key : mapper.primaryKey()) {
            if (deferred.remove(key.name()) && options.stream().anyMatch(o -> o.kind == Kind.DEFER
                    && o.attributes.stream().anyMatch(a -> a.attributeName().equals(key.name())))) {
                throw new ArgumentError("Primary key attribute " + key + " cannot be deferred");
            }
        }
        return deferred;
    }

    @Override
    public String toString() {
        return kind + attributes.toString();
    }
}
