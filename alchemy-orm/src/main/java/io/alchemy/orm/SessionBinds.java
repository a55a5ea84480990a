package io.alchemy.orm;

import io.alchemy.engine.Engine;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.sql.TableClause;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which engine a {@link Session} uses for what (SQLAlchemy's {@code Session(bind=…, binds={…})}): engines bound to
 * classes (a mapped class, or any superclass or interface of mapped classes), engines bound to tables, and the default
 * engine for everything else ({@code null} for none). Binding a mapped class binds its table too, so Core statements
 * on that table go to the same engine. Immutable; see {@link Session#getBind} for the lookup order.
 *
 * @param defaultBind the engine for whatever no bind covers, or {@code null}
 * @param classes engines by class, in the order bound
 * @param tables engines by table, in the order bound
 */
public record SessionBinds(@Nullable Engine defaultBind, Map<Class<?>, Engine> classes, Map<TableClause, Engine> tables) {

    /** Copies the maps (tables are matched by identity, as the same {@code Table} object). */
    public SessionBinds {
        classes = classes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        tables = tables.isEmpty() ? Map.of() : Collections.unmodifiableMap(new IdentityHashMap<>(tables));
    }

    /** Everything on {@code engine}, no binds. */
    public static SessionBinds of(Engine engine) {
        return new SessionBinds(Objects.requireNonNull(engine, "engine"), Map.of(), Map.of());
    }

    /** Whether there are no class or table binds (only the default engine). */
    public boolean isEmpty() {
        return classes.isEmpty() && tables.isEmpty();
    }

    /** The engine bound to {@code type} or to the nearest of its superclasses and interfaces, or {@code null}. */
    public @Nullable Engine forClass(Class<?> type) {
        if (classes.isEmpty()) {
            return null;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Engine bound = classes.get(c);
            if (bound != null) {
                return bound;
            }
            for (Class<?> implemented : c.getInterfaces()) {
                Engine viaInterface = forClass(implemented);
                if (viaInterface != null) {
                    return viaInterface;
                }
            }
        }
        return null;
    }

    /** The engine bound to {@code table}, directly or as the table of a bound mapped class, or {@code null}. */
    public @Nullable Engine forTable(TableClause table) {
        Engine bound = tables.get(table);
        if (bound != null) {
            return bound;
        }
        for (Map.Entry<Class<?>, Engine> entry : classes.entrySet()) {
            Mapper<?> mapper = Mappers.current(entry.getKey());
            if (mapper != null && mapper.table() == table) {
                return entry.getValue();
            }
        }
        return null;
    }
}
