package io.alchemy.orm.loading;

import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.schema.Column;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns rows into mapped objects through the identity map: a row whose primary key is already mapped gives the
 * object already there (filling in only its unloaded attributes), any other row a new persistent object made with the
 * class's no-argument constructor. Also builds the SELECT by primary key that {@code get}, {@code refresh} and
 * expired attributes use, labelled as SQLAlchemy labels it ({@code user_account.id AS user_account_id}).
 */
public final class EntityLoader {
    private final UnitOfWork work;
    private final @Nullable Object identityToken;
    private final IdentityProbe probe = new IdentityProbe();

    /** A loader putting the objects it makes into {@code work}'s identity map. */
    public EntityLoader(UnitOfWork work) {
        this(work, null);
    }

    /**
     * A loader whose rows come from the database {@code identityToken} names (a shard): the objects it makes carry
     * that token in their identity keys.
     */
    public EntityLoader(UnitOfWork work, @Nullable Object identityToken) {
        this.work = work;
        this.identityToken = identityToken;
    }

    /** The identity token of the objects this loader makes, or {@code null}. */
    public @Nullable Object identityToken() {
        return identityToken;
    }

    /**
     * The object for the mapper's columns at {@code offset…} of {@code row} (in column property order); {@code null}
     * when the primary key columns are all NULL (an outer join without match).
     */
    public Object load(Mapper<?> mapper, Row row, int offset) {
        EntityRowReader reader = EntityRowReader.of(mapper);
        return reader.load(row, reader.withInline(offset), work, identityToken, probe);
    }

    /**
     * The object for the mapper's columns found at {@code positions} of {@code row} (one position per column property,
     * in column property order; {@code -1} for a deferred column, left unloaded); {@code null} when the primary key
     * columns are all NULL.
     */
    public @Nullable Object load(Mapper<?> mapper, Row row, int[] positions) {
        return EntityRowReader.of(mapper).load(row, positions, work, identityToken, probe);
    }

    /** The object {@code reader} reads from the row's columns at {@code positions}, through the identity map. */
    @Nullable Object load(EntityRowReader reader, Row row, int[] positions) {
        return reader.load(row, positions, work, identityToken, probe);
    }

    /** Sets the named attributes of {@code state} from the row (all columns of its mapper at {@code offset}). */
    public void populate(InstanceState state, Row row, int offset, java.util.Collection<String> attributes) {
        EntityRowReader reader = EntityRowReader.of(state.mapper());
        reader.populate(state, row, reader.withInline(offset), attributes);
    }

    /**
     * {@code SELECT user_account.id AS user_account_id, … FROM user_account WHERE user_account.id = ?}: every mapped
     * column, labelled with its table's name.
     */
    public static Select byIdentity(Mapper<?> mapper, List<Object> id) {
        Select<?> statement = PolymorphicRows.from(mapper, select(labelled(mapper).toArray()));
        List<ColumnProperty> key = mapper.primaryKey();
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            criteria.add(key.get(i).column().eq(id.get(i)));
        }
        return PolymorphicRows.filtered(mapper, statement.where(criteria.toArray(ColumnElement<?>[]::new)));
    }

    /** The mapper's columns labelled {@code <table>_<column>} (read-only, kept with the mapper's row reader). */
    static List<ColumnElement<?>> labelled(Mapper<?> mapper) {
        return EntityRowReader.of(mapper).labelled();
    }

    /** {@link #labelled}, built. */
    static List<ColumnElement<?>> labelledColumns(Mapper<?> mapper) {
        List<ColumnElement<?>> columns = new ArrayList<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            Column<?> column = property.column();
            columns.add(column.label(column.table().name() + "_" + column.name()));
        }
        return List.copyOf(columns);
    }
}
