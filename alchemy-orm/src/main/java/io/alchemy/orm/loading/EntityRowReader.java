package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.RowInstantiation;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.FieldValues;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperHierarchy;
import io.alchemy.orm.state.EntityKey;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.sql.ColumnElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The row processor of one mapper (SQLAlchemy's per-mapper part of the row processor it builds once per compiled
 * query): where its primary key is among its column properties, the types the key values take, and the positions of
 * a run of its columns starting at the first column. Built once per mapper and kept ({@link #of}), so that reading a
 * row costs no lookups: the identity key is taken from the primary key positions, an object already in the identity
 * map is returned as it is, and a new object of the class the row's discriminator names (a base class's query reads
 * rows of its subclasses) is made without relationship events and filled field by field.
 */
final class EntityRowReader {
    private static final ClassValue<Holder> CACHE = new ClassValue<>() {
        @Override
        protected Holder computeValue(Class<?> type) {
            return new Holder();
        }
    };

    /** The reader of the mapper last asked for its class (a class re-mapped by another registry gets a new one). */
    private static final class Holder {
        volatile @Nullable EntityRowReader reader;
    }

    private final Mapper<?> mapper;
    private final ColumnProperty[] properties;
    private final int[] keyIndexes;
    private final Class<?>[] keyTypes;
    private final String[] keyNames;
    private final int[] atStart;
    /** The subclass columns read inline after the mapper's own (single-table inheritance), and their classes. */
    private final ColumnProperty[] inline;
    private final Class<?>[] inlineOwners;
    private final int[] inlineAtStart;
    private final List<ColumnElement<?>> labelled;

    private EntityRowReader(Mapper<?> mapper) {
        this.mapper = mapper;
        List<ColumnProperty> columns = mapper.columnProperties();
        this.properties = columns.toArray(ColumnProperty[]::new);
        List<ColumnProperty> key = mapper.primaryKey();
        this.keyIndexes = new int[key.size()];
        this.keyTypes = new Class<?>[key.size()];
        this.keyNames = new String[key.size()];
        for (int i = 0; i < keyIndexes.length; i++) {
            keyIndexes[i] = columns.indexOf(key.get(i));
            keyTypes[i] = FieldValues.boxed(key.get(i).javaType());
            keyNames[i] = key.get(i).toString();
        }
        List<MapperHierarchy.InlineColumn> extra = mapper.hierarchy() == null ? List.of()
                : mapper.hierarchy().inlineColumns();
        this.inline = extra.stream().map(MapperHierarchy.InlineColumn::property).toArray(ColumnProperty[]::new);
        this.inlineOwners = extra.stream().map(c -> c.owner().entityClass()).toArray(Class<?>[]::new);
        this.atStart = positions(properties.length, 0);
        this.inlineAtStart = positions(properties.length + inline.length, 0);
        List<ColumnElement<?>> selected = new ArrayList<>(EntityLoader.labelledColumns(mapper));
        for (ColumnProperty property : inline) {
            selected.add(SelectInLoader.labelled(property.column()));
        }
        this.labelled = List.copyOf(selected);
    }

    private static int[] positions(int width, int offset) {
        int[] positions = new int[width];
        for (int i = 0; i < width; i++) {
            positions[i] = offset + i;
        }
        return positions;
    }

    /** The subclass columns a SELECT of the mapper reads after its own (read-only). */
    ColumnProperty[] inline() {
        return inline;
    }

    /**
     * The mapper's columns labelled {@code <table>_<column>}, then the subclass columns it reads inline, as loads by
     * primary key select them.
     */
    List<ColumnElement<?>> labelled() {
        return labelled;
    }

    /** The reader of {@code mapper}, built on first use and kept. */
    static EntityRowReader of(Mapper<?> mapper) {
        Holder holder = CACHE.get(mapper.entityClass());
        EntityRowReader reader = holder.reader;
        if (reader == null || reader.mapper != mapper || reader.inline.length != inlineCount(mapper)) {
            reader = new EntityRowReader(mapper);
            holder.reader = reader;
        }
        return reader;
    }

    private static int inlineCount(Mapper<?> mapper) {
        return mapper.hierarchy() == null ? 0 : mapper.hierarchy().inlineColumns().size();
    }

    /** The positions of the mapper's columns side by side from {@code offset} (shared for offset 0: do not change). */
    int[] contiguous(int offset) {
        return offset == 0 ? atStart : positions(properties.length, offset);
    }

    /**
     * The positions of the {@link #labelled} columns side by side from {@code offset}: the mapper's, then the
     * subclass columns read inline (shared for offset 0: do not change).
     */
    int[] withInline(int offset) {
        return offset == 0 ? inlineAtStart : positions(properties.length + inline.length, offset);
    }

    /**
     * The object of the mapper's columns at {@code positions} of {@code row} ({@code -1}: a deferred column, left
     * unloaded), through {@code work}'s identity map; {@code null} when the primary key columns are all NULL.
     */
    @Nullable Object load(Row row, int[] positions, UnitOfWork work, @Nullable Object identityToken,
            IdentityProbe probe) {
        EntityKey key = keyOf(row, positions, identityToken, probe);
        if (key == null) {
            return null;
        }
        InstanceState present = work.inIdentityMap(key);
        if (present != null) {
            Collection<String> unloaded = present.unloadedAttributes();
            if (!unloaded.isEmpty()) {
                populate(present, row, positions, unloaded);
            }
            return present.object();
        }
        EntityKey kept = key.id() == probe ? probe.copy() : key;   // before anything else may use the probe
        Mapper<?> concrete = mapper.hierarchy() == null ? mapper : PolymorphicRows.mapperOf(mapper, row, positions, kept);
        Object entity = RowInstantiation.newInstance(concrete);
        List<String> deferred = null;
        for (int i = 0; i < properties.length; i++) {
            if (positions[i] < 0) {
                if (deferred == null) {
                    deferred = new ArrayList<>();
                }
                deferred.add(properties[i].name());
            } else {
                properties[i].set(entity, row.get(positions[i]));
            }
        }
        if (concrete != mapper) {
            if (deferred == null) {
                deferred = new ArrayList<>();
            }
            PolymorphicRows.subclassColumns(mapper, concrete, deferred);
            if (positions.length > properties.length) {        // the subclass columns read inline
                for (int k = 0; k < inline.length; k++) {
                    if (inlineOwners[k].isAssignableFrom(concrete.entityClass())) {
                        inline[k].set(entity, row.get(positions[properties.length + k]));
                        deferred.remove(inline[k].name());
                    }
                }
            }
        }
        InstanceState state = InstanceState.obtain(entity, concrete);
        state.commitAll();
        if (deferred != null) {
            state.expire(deferred);
        }
        state.unloadRelationships();
        work.loaded(state, kept);
        return entity;
    }

    /** The identity key of the row's object, or {@code null} when its primary key columns are all NULL. */
    private @Nullable EntityKey keyOf(Row row, int[] positions, @Nullable Object identityToken, IdentityProbe probe) {
        if (keyIndexes.length == 1) {
            Object value = row.get(positions[keyIndexes[0]]);
            if (value == null) {
                return null;
            }
            return probe.of(mapper.identityClass(), identityToken, FieldValues.convert(value, keyTypes[0], keyNames[0]));
        }
        Object[] values = new Object[keyIndexes.length];
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            Object value = row.get(positions[keyIndexes[i]]);
            values[i] = FieldValues.convert(value, keyTypes[i], keyNames[i]);
            any |= value != null;
        }
        return any ? EntityKey.of(mapper, Arrays.asList(values), identityToken) : null;
    }

    /** Sets the named attributes of {@code state} from the row's columns at {@code positions}. */
    void populate(InstanceState state, Row row, int[] positions, Collection<String> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        List<String> done = new ArrayList<>();
        for (int i = 0; i < properties.length; i++) {
            if (positions[i] >= 0 && attributes.contains(properties[i].name())) {
                properties[i].set(state.object(), row.get(positions[i]));
                done.add(properties[i].name());
            }
        }
        for (int k = 0; k < inline.length && properties.length + k < positions.length; k++) {
            if (inlineOwners[k].isAssignableFrom(state.mapper().entityClass()) && attributes.contains(inline[k].name())) {
                inline[k].set(state.object(), row.get(positions[properties.length + k]));
                done.add(inline[k].name());
            }
        }
        state.loaded(done);
    }
}
