package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.exc.PolymorphicIdentityError;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.FromClause;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The place of a mapper in an inheritance hierarchy (SQLAlchemy's {@code inherits}, {@code polymorphic_on},
 * {@code polymorphic_identity}, {@code polymorphic_map}): its parent, the hierarchy's discriminator and the identity of
 * its rows, the tables its rows span (the base's first; one for single-table inheritance), the FROM element its
 * SELECTs read (the tables joined on their primary keys) and, for a flush, one mapper per table. A mapper outside any
 * hierarchy has none of this ({@link Mapper#hierarchy()} is {@code null}).
 */
public final class MapperHierarchy {

    /**
     * What a class declares about its place in a hierarchy.
     *
     * @param parent the mapper of the mapped superclass, or {@code null} for the base
     * @param polymorphicOn on the base, the discriminator attribute's name (empty without)
     * @param identity the class's discriminator value as written (empty without)
     * @param localTable the class's own table: the parent's for single-table inheritance
     * @param inline whether a query of an ancestor reads the class's own columns in the same SELECT (SQLAlchemy's
     *     {@code polymorphic_load="inline"}) rather than with one more SELECT after the rows ({@code "selectin"});
     *     {@code null} for the default: inline for single-table inheritance only
     */
    public record Declaration(@Nullable Mapper<?> parent, String polymorphicOn, String identity, Table localTable,
            @Nullable Boolean inline) {
        /** A declaration loading the class's columns as its kind of inheritance does by default. */
        public Declaration(@Nullable Mapper<?> parent, String polymorphicOn, String identity, Table localTable) {
            this(parent, polymorphicOn, identity, localTable, null);
        }
    }

    /**
     * A column of a subclass that a SELECT of this class reads inline, with its own columns (SQLAlchemy's
     * {@code polymorphic_load="inline"}): it is in one of this class's tables (single-table inheritance), so
     * reading it costs no join and no statement.
     *
     * @param owner the subclass declaring the column: the row's object gets the value when it is of this class
     * @param property the owner's column attribute
     */
    public record InlineColumn(Mapper<?> owner, ColumnProperty property) {
    }

    private final Mapper<?> mapper;
    private final @Nullable Mapper<?> parent;
    private final Mapper<?> root;
    private final Table localTable;
    private final List<Table> tables;
    private final FromClause selectable;
    private final @Nullable Object identity;
    /** The base's: discriminator value → mapper, every class of the hierarchy. */
    private final Map<Object, Mapper<?>> polymorphicMap;
    private final @Nullable ColumnProperty discriminator;
    /** Whether a query of an ancestor reads this class's own columns in its SELECT. */
    private final boolean inline;
    private final List<Mapper<?>> descendants = new ArrayList<>();
    private volatile @Nullable List<Mapper<?>> tableMappers;
    private volatile @Nullable List<InlineColumn> inlineColumns;
    private volatile @Nullable Boolean afterRows;

    MapperHierarchy(Mapper<?> mapper, Declaration declaration) {
        this.mapper = mapper;
        this.parent = declaration.parent();
        this.localTable = declaration.localTable();
        if (parent == null) {
            this.root = mapper;
            this.tables = List.of(localTable);
            this.selectable = localTable;
            this.polymorphicMap = new LinkedHashMap<>();
            this.discriminator = declaration.polymorphicOn().isEmpty() ? null : discriminatorOf(mapper, declaration);
        } else {
            MapperHierarchy inherited = parent.hierarchy();
            if (inherited == null || inherited.discriminator == null) {
                throw new ArgumentError("Class " + mapper.entityClass().getName() + " extends mapped class "
                        + parent.entityClass().getName() + ", which names no discriminator: give "
                        + parent.entityClass().getSimpleName() + " @Mapped(polymorphicOn = \"<attribute>\") so that "
                        + "rows of the two classes can be told apart");
            }
            if (!declaration.polymorphicOn().isEmpty()) {
                throw new ArgumentError("Class " + mapper.entityClass().getName() + " declares polymorphicOn, but "
                        + "only the base of a hierarchy (" + inherited.root.entityClass().getSimpleName()
                        + ") names the discriminator");
            }
            this.root = inherited.root;
            this.discriminator = inherited.discriminator;
            this.polymorphicMap = inherited.polymorphicMap;
            if (localTable == inherited.localTable) {
                this.tables = inherited.tables;
                this.selectable = inherited.selectable;
            } else {
                List<Table> spanned = new ArrayList<>(inherited.tables);
                spanned.add(localTable);
                this.tables = List.copyOf(spanned);
                this.selectable = inherited.selectable.join(localTable, joinCondition(inherited.localTable, localTable));
            }
        }
        boolean singleTable = parent != null && localTable == parent.hierarchy().localTable;
        if (Boolean.TRUE.equals(declaration.inline()) && parent != null && !singleTable) {
            throw new ArgumentError("Class " + mapper.entityClass().getName() + " declares polymorphicLoad = INLINE, "
                    + "but it is a joined-table subclass (its columns are in table " + localTable.name() + "): only "
                    + "a single-table subclass's columns load inline; use SELECTIN or the default");
        }
        this.inline = declaration.inline() == null ? singleTable : declaration.inline();
        this.identity = declaration.identity().isEmpty() ? null : typedIdentity(declaration.identity());
        if (identity != null && discriminator == null) {
            throw new ArgumentError("Class " + mapper.entityClass().getName() + " declares polymorphicIdentity = \""
                    + declaration.identity() + "\" but its hierarchy has no discriminator: give the base class "
                    + "@Mapped(polymorphicOn = \"<attribute>\")");
        }
    }

    /** Registers the mapper in its hierarchy once made: its identity in the base's map, itself in its ancestors'. */
    void register() {
        if (identity != null) {
            Mapper<?> other = polymorphicMap.putIfAbsent(identity, mapper);
            if (other != null && other != mapper) {
                throw new ArgumentError("Classes " + other.entityClass().getName() + " and "
                        + mapper.entityClass().getName() + " both declare polymorphicIdentity = \"" + identity
                        + "\"; each class of a hierarchy needs its own");
            }
        } else if (parent != null && !java.lang.reflect.Modifier.isAbstract(mapper.entityClass().getModifiers())) {
            throw new ArgumentError("Class " + mapper.entityClass().getName() + " extends mapped class "
                    + parent.entityClass().getName() + " but declares no polymorphicIdentity: give it "
                    + "@Mapped(polymorphicIdentity = \"…\"), the discriminator value of its rows");
        }
        for (Mapper<?> ancestor = parent; ancestor != null; ancestor = ancestor.hierarchy().parent) {
            ancestor.hierarchy().descendants.add(mapper);
            ancestor.hierarchy().inlineColumns = null;
            ancestor.hierarchy().afterRows = null;
        }
    }

    /** Disposes the mapper's registration (when its registry is disposed). */
    void unregister() {
        if (identity != null) {
            polymorphicMap.remove(identity, mapper);
        }
        for (Mapper<?> ancestor = parent; ancestor != null; ancestor = ancestor.hierarchy().parent) {
            ancestor.hierarchy().descendants.remove(mapper);
            ancestor.hierarchy().inlineColumns = null;
            ancestor.hierarchy().afterRows = null;
        }
    }

    private static ColumnProperty discriminatorOf(Mapper<?> base, Declaration declaration) {
        MapperProperty property = base.attributeOrNull(declaration.polymorphicOn());
        if (!(property instanceof ColumnProperty column)) {
            throw new ArgumentError("Class " + base.entityClass().getName() + " has polymorphicOn = \""
                    + declaration.polymorphicOn() + "\", but " + (property == null ? "it has no such attribute"
                    : "that is a relationship") + "; name a @MappedColumn field, one of "
                    + base.columnProperties().stream().map(ColumnProperty::name).toList());
        }
        return column;
    }

    private Object typedIdentity(String written) {
        try {
            return FieldValues.convert(written, FieldValues.boxed(discriminator.javaType()), discriminator.toString());
        } catch (RuntimeException e) {
            throw new ArgumentError("polymorphicIdentity = \"" + written + "\" of " + mapper.entityClass().getName()
                    + " is not a value of the discriminator " + discriminator + " (" + discriminator.javaType()
                    .getSimpleName() + ")", e);
        }
    }

    private static ColumnElement<Boolean> joinCondition(Table base, Table local) {
        List<Column<?>> baseKey = base.primaryKey().columns();
        List<Column<?>> localKey = local.primaryKey().columns();
        List<ColumnElement<?>> pairs = new ArrayList<>();
        for (int i = 0; i < baseKey.size(); i++) {
            pairs.add(baseKey.get(i).eq(localKey.get(i)));
        }
        return pairs.size() == 1 ? castBoolean(pairs.get(0)) : io.alchemy.Alchemy.and(pairs.toArray(ColumnElement<?>[]::new));
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> castBoolean(ColumnElement<?> element) {
        return (ColumnElement<Boolean>) element;
    }

    /** The mapper of the superclass, or {@code null} for the base. */
    public @Nullable Mapper<?> parent() {
        return parent;
    }

    /** The base of the hierarchy (the mapper itself for the base). */
    public Mapper<?> root() {
        return root;
    }

    /** The class's own table: the parent's for single-table inheritance. */
    public Table localTable() {
        return localTable;
    }

    /** The tables a row of the class spans, the base's first. */
    public List<Table> tables() {
        return tables;
    }

    /** What a SELECT of the class reads: its table, or its tables joined on their primary keys. */
    public FromClause selectable() {
        return selectable;
    }

    /** The discriminator attribute, or {@code null} when the hierarchy has none. */
    public @Nullable ColumnProperty discriminator() {
        return discriminator;
    }

    /** The class's discriminator value, or {@code null} (an abstract class). */
    public @Nullable Object identity() {
        return identity;
    }

    /** The mapped subclasses, at any depth, in mapping order. */
    public List<Mapper<?>> descendants() {
        return Collections.unmodifiableList(descendants);
    }

    /**
     * The columns of the subclasses (at any depth, in mapping order) that a SELECT of this class reads along with
     * its own: those of the subclasses that load inline (by default every single-table subclass) and are in its
     * tables, so by default every column of a single-table hierarchy's shared table. The other subclasses' columns
     * (a joined subclass's own table, a {@code SELECTIN} subclass) load after the rows, one SELECT per subclass.
     */
    public List<InlineColumn> inlineColumns() {
        List<InlineColumn> columns = inlineColumns;
        if (columns == null) {
            List<InlineColumn> found = new ArrayList<>();
            for (Mapper<?> descendant : descendants) {
                if (!descendant.hierarchy().inline) {
                    continue;
                }
                List<ColumnProperty> all = descendant.columnProperties();
                Mapper<?> above = descendant.hierarchy().parent;
                for (ColumnProperty property : all.subList(above.columnProperties().size(), all.size())) {
                    if (tables.contains(property.column().table())) {
                        found.add(new InlineColumn(descendant, property));
                    }
                }
            }
            columns = List.copyOf(found);
            inlineColumns = columns;
        }
        return columns;
    }

    /**
     * Whether some subclass has columns a SELECT of this class does not read ({@link #inlineColumns()} leaves them
     * out): they load after the rows.
     */
    public boolean loadsSubclassColumnsAfterRows() {
        Boolean known = afterRows;
        if (known == null) {
            java.util.Set<Column<?>> inline = new java.util.HashSet<>();
            inlineColumns().forEach(c -> inline.add(c.property().column()));
            int width = mapper.columnProperties().size();
            known = false;
            for (Mapper<?> descendant : descendants) {
                List<ColumnProperty> all = descendant.columnProperties();
                for (ColumnProperty property : all.subList(Math.min(width, all.size()), all.size())) {
                    known |= !inline.contains(property.column());
                }
            }
            afterRows = known;
        }
        return known;
    }

    /** Whether a SELECT of the class must filter on the discriminator: it shares its parent's table. */
    public boolean filtersByDiscriminator() {
        return parent != null && localTable == parent.hierarchy().localTable;
    }

    /** The discriminator values of the class and its subclasses, the rows a SELECT of the class may return. */
    public List<Object> identities() {
        List<Object> values = new ArrayList<>();
        if (identity != null) {
            values.add(identity);
        }
        for (Mapper<?> descendant : descendants) {
            Object value = descendant.hierarchy().identity;
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** {@code pet.kind IN (…)}: the criterion a SELECT of a single-table subclass adds. */
    public ColumnElement<Boolean> discriminatorCriterion() {
        return discriminator.column().in(identities());
    }

    /**
     * The mapper of a row whose discriminator is {@code value}, read by a query of this mapper: the class whose
     * identity it is; this mapper for NULL ({@code identityKey} names the row in errors). {@link PolymorphicIdentityError} for a value no class of the hierarchy
     * declares, or one of a class outside this mapper's subtree.
     */
    public Mapper<?> mapperFor(@Nullable Object value, Object identityKey) {
        if (value == null || value.equals(identity)) {
            return mapper;
        }
        Mapper<?> found = polymorphicMap.get(value);
        if (found == null) {
            Object converted = FieldValues.convert(value, FieldValues.boxed(discriminator.javaType()), discriminator.toString());
            found = polymorphicMap.get(converted);
        }
        if (found == null) {
            throw new PolymorphicIdentityError("No such polymorphic_identity '" + value + "' is defined: a row of "
                    + root.table().name() + " has discriminator " + discriminator + " = '" + value + "', which no "
                    + "class of " + root.entityClass().getSimpleName() + "'s hierarchy declares; known: "
                    + polymorphicMap.keySet());
        }
        if (found != mapper && !mapper.entityClass().isAssignableFrom(found.entityClass())) {
            throw new PolymorphicIdentityError("Row with identity key " + identityKey + " can't be loaded into an "
                    + "object; the polymorphic discriminator column '" + discriminator.column().table().name() + "."
                    + discriminator.column().name() + "' refers to " + found + ", which is not a sub-mapper of the "
                    + "requested " + mapper);
        }
        return found;
    }

    /**
     * The mappers a flush writes the class's rows with, one per table in {@link #tables()} order, each holding the
     * columns of its table (a table after the first gets the primary key from the inherited key attributes); the
     * mapper itself when its rows live in one table.
     */
    public List<Mapper<?>> tableMappers() {
        List<Mapper<?>> slices = tableMappers;
        if (slices == null) {
            slices = tables.size() == 1 ? List.of(mapper) : slices();
            tableMappers = slices;
        }
        return slices;
    }

    private List<Mapper<?>> slices() {
        List<Mapper<?>> slices = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            List<ColumnProperty> properties = new ArrayList<>();
            if (t > 0) {
                List<Column<?>> keyColumns = table.primaryKey().columns();
                for (int k = 0; k < keyColumns.size(); k++) {
                    properties.add(mapper.primaryKey().get(k).withColumn(keyColumns.get(k)));
                }
            }
            for (ColumnProperty property : mapper.columnProperties()) {
                if (property.column().table() == table) {
                    properties.add(property.withColumn(property.column()));
                }
            }
            Mapper.SliceRole role = t == 0 ? Mapper.SliceRole.BASE : t == tables.size() - 1 ? Mapper.SliceRole.LOCAL
                    : Mapper.SliceRole.MIDDLE;
            slices.add(Mapper.slice(mapper, table, properties, role));
        }
        return List.copyOf(slices);
    }
}
