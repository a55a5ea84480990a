package io.alchemy.orm;

import io.alchemy.orm.loading.ColumnLoadOption;
import io.alchemy.orm.loading.LoaderOption;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.metamodel.ColumnAttribute;
import io.alchemy.orm.metamodel.RelationshipAttribute;

/**
 * The loader options of ORM SELECTs, SQLAlchemy's {@code selectinload()}, {@code joinedload()}, …:
 * {@code select(User.class).options(selectinload(User_.addresses))}. Each overrides, for the objects of that query,
 * the relationship's {@code lazy} default; chain steps for related objects
 * ({@code selectinload(User_.addresses).joinedload(Address_.tags)}).
 */
public final class LoaderOptions {
    private LoaderOptions() {
    }

    /** Load with a second {@code SELECT … WHERE key IN (…)} for all parents of the query (500 keys per IN). */
    public static LoaderOption selectinload(RelationshipAttribute<?, ?> attribute) {
        return LoaderOption.of(attribute, LoadStrategy.SELECTIN, false, false);
    }

    /** Load in the same SELECT, by a LEFT OUTER JOIN to an anonymous alias of the target. */
    public static LoaderOption joinedload(RelationshipAttribute<?, ?> attribute) {
        return LoaderOption.of(attribute, LoadStrategy.JOINED, false, false);
    }

    /** Load in the same SELECT, by a JOIN ({@code innerjoin}) or a LEFT OUTER JOIN. */
    public static LoaderOption joinedload(RelationshipAttribute<?, ?> attribute, boolean innerjoin) {
        return LoaderOption.of(attribute, LoadStrategy.JOINED, innerjoin, false);
    }

    /** Load with a second SELECT joined to the original query, as a subquery. */
    public static LoaderOption subqueryload(RelationshipAttribute<?, ?> attribute) {
        return LoaderOption.of(attribute, LoadStrategy.SUBQUERY, false, false);
    }

    /** Load on first access, with a SELECT per object. */
    public static LoaderOption lazyload(RelationshipAttribute<?, ?> attribute) {
        return LoaderOption.of(attribute, LoadStrategy.SELECT, false, false);
    }

    /** Accessing the unloaded relationship raises {@link io.alchemy.exc.InvalidRequestError}. */
    public static LoaderOption raiseload(RelationshipAttribute<?, ?> attribute) {
        return LoaderOption.of(attribute, LoadStrategy.RAISE, false, false);
    }

    /** With {@code sqlOnly}, access raises only when loading would need SQL ({@code raiseload(…, sql_only=True)}). */
    public static LoaderOption raiseload(RelationshipAttribute<?, ?> attribute, boolean sqlOnly) {
        return LoaderOption.of(attribute, sqlOnly ? LoadStrategy.RAISE_ON_SQL : LoadStrategy.RAISE, false, false);
    }

    /** Never load: the relationship reads empty or null. */
    public static LoaderOption noload(RelationshipAttribute<?, ?> attribute) {
        return LoaderOption.of(attribute, LoadStrategy.NOLOAD, false, false);
    }

    /** Fill the relationship from the join to its target that the statement already has ({@code join(Address_.user)}). */
    public static LoaderOption containsEager(RelationshipAttribute<?, ?> attribute) {
        return LoaderOption.of(attribute, LoadStrategy.JOINED, false, true);
    }

    /** Leaves these columns out of the SELECT; each loads on first access (with the object's other unloaded ones). */
    public static ColumnLoadOption defer(ColumnAttribute<?, ?>... attributes) {
        return new ColumnLoadOption(ColumnLoadOption.Kind.DEFER, java.util.List.of(attributes));
    }

    /** Loads these columns after all, cancelling an earlier {@code defer} of the same statement. */
    public static ColumnLoadOption undefer(ColumnAttribute<?, ?>... attributes) {
        return new ColumnLoadOption(ColumnLoadOption.Kind.UNDEFER, java.util.List.of(attributes));
    }

    /** Loads only these columns (and the primary key) of their class; the others are deferred. */
    public static ColumnLoadOption loadOnly(ColumnAttribute<?, ?>... attributes) {
        return new ColumnLoadOption(ColumnLoadOption.Kind.LOAD_ONLY, java.util.List.of(attributes));
    }
}
