package io.alchemy.orm.loading;

import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.state.EntityKey;
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
        return load(mapper, row, EntityPositions.contiguous(mapper, offset));
    }

    /**
     * The object for the mapper's columns found at {@code positions} of {@code row} (one position per column property,
     * in column property order; {@code -1} for a deferred column, left unloaded); {@code null} when the primary key
     * columns are all NULL.
     */
    public @Nullable Object load(Mapper<?> mapper, Row row, int[] positions) {
        List<ColumnProperty> properties = mapper.columnProperties();
        List<Object> raw = new ArrayList<>(mapper.primaryKey().size());
        for (ColumnProperty key : mapper.primaryKey()) {
            raw.add(row.get(positions[properties.indexOf(key)]));
        }
        if (raw.stream().allMatch(java.util.Objects::isNull)) {
            return null;
        }
        List<Object> id = mapper.identityOf(raw);
        EntityKey key = EntityKey.of(mapper, id, identityToken);
        InstanceState present = work.inIdentityMap(key);
        if (present != null) {
            populate(present, row, positions, present.unloadedAttributes());
            return present.object();
        }
        Mapper<?> concrete = mapper.hierarchy() == null ? mapper : PolymorphicRows.mapperOf(mapper, row, positions, key);
        Object entity = concrete.newInstance();
        List<String> deferred = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            if (positions[i] < 0) {
                deferred.add(properties.get(i).name());
            } else {
                properties.get(i).set(entity, row.get(positions[i]));
            }
        }
        if (concrete != mapper) {
            PolymorphicRows.subclassColumns(mapper, concrete, deferred);
        }
        InstanceState state = InstanceState.obtain(entity, concrete);
        state.commitAll();
        state.expire(deferred);
        state.unloadRelationships();
        work.loaded(state, key);
        return entity;
    }

    /** Sets the named attributes of {@code state} from the row (all columns of its mapper at {@code offset}). */
    public void populate(InstanceState state, Row row, int offset, java.util.Collection<String> attributes) {
        populate(state, row, EntityPositions.contiguous(state.mapper(), offset), attributes);
    }

    private void populate(InstanceState state, Row row, int[] positions, java.util.Collection<String> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        List<String> done = new ArrayList<>();
        List<ColumnProperty> properties = state.mapper().columnProperties();
        for (int i = 0; i < positions.length; i++) {           // a query of a base class: its columns come first
            if (positions[i] >= 0 && attributes.contains(properties.get(i).name())) {
                properties.get(i).set(state.object(), row.get(positions[i]));
                done.add(properties.get(i).name());
            }
        }
        state.loaded(done);
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

    /** The mapper's columns labelled {@code <table>_<column>}. */
    static List<ColumnElement<?>> labelled(Mapper<?> mapper) {
        List<ColumnElement<?>> columns = new ArrayList<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            Column<?> column = property.column();
            columns.add(column.label(column.table().name() + "_" + column.name()));
        }
        return columns;
    }
}
