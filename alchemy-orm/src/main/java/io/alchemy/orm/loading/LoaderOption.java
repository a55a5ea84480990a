package io.alchemy.orm.loading;

import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.metamodel.RelationshipAttribute;
import io.alchemy.sql.ExecutableOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A loader option of an ORM SELECT ({@code select(User.class).options(selectinload(User_.addresses))}): how the
 * relationships along a path load for the objects of that query, overriding their {@code lazy} default. Chain
 * further steps for related objects: {@code selectinload(User_.addresses).joinedload(Address_.tags)}. Made by
 * {@link LoaderOptions}; immutable.
 */
public final class LoaderOption implements ExecutableOption {

    /**
     * One step of the path: a relationship and how it loads.
     *
     * @param attribute the relationship
     * @param strategy how it loads
     * @param innerjoin for {@link LoadStrategy#JOINED}: an INNER JOIN
     * @param containsEager the relationship is filled from a join the statement already has
     */
    record Step(RelationshipAttribute<?, ?> attribute, LoadStrategy strategy, boolean innerjoin, boolean containsEager) {
    }

    private final List<Step> path;

    private LoaderOption(List<Step> path) {
        this.path = List.copyOf(path);
    }

    /** A one-step option: load {@code attribute} with {@code strategy}. */
    public static LoaderOption of(RelationshipAttribute<?, ?> attribute, LoadStrategy strategy, boolean innerjoin, boolean eager) {
        return new LoaderOption(List.of(new Step(attribute, strategy, innerjoin, eager)));
    }

    private LoaderOption then(RelationshipAttribute<?, ?> attribute, LoadStrategy strategy, boolean innerjoin, boolean eager) {
        List<Step> longer = new ArrayList<>(path);
        longer.add(new Step(attribute, strategy, innerjoin, eager));
        return new LoaderOption(longer);
    }

    /** The steps, first to last. */
    List<Step> path() {
        return path;
    }

    /** The same path without its first step, or {@code null} when it has one step. */
    @Nullable LoaderOption rest() {
        return path.size() == 1 ? null : new LoaderOption(path.subList(1, path.size()));
    }

    /** Then load {@code attribute} of the related objects with a second SELECT … IN. */
    public LoaderOption selectinload(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, LoadStrategy.SELECTIN, false, false);
    }

    /** Then load {@code attribute} of the related objects with a LEFT OUTER JOIN. */
    public LoaderOption joinedload(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, LoadStrategy.JOINED, false, false);
    }

    /** Then load {@code attribute} of the related objects with a JOIN ({@code innerjoin}) or LEFT OUTER JOIN. */
    public LoaderOption joinedload(RelationshipAttribute<?, ?> attribute, boolean innerjoin) {
        return then(attribute, LoadStrategy.JOINED, innerjoin, false);
    }

    /** Then load {@code attribute} of the related objects with a SELECT joined to the query as a subquery. */
    public LoaderOption subqueryload(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, LoadStrategy.SUBQUERY, false, false);
    }

    /** Then load {@code attribute} of the related objects lazily, on access. */
    public LoaderOption lazyload(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, LoadStrategy.SELECT, false, false);
    }

    /** Then make access to {@code attribute} of the related objects raise. */
    public LoaderOption raiseload(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, LoadStrategy.RAISE, false, false);
    }

    /** Then never load {@code attribute} of the related objects. */
    public LoaderOption noload(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, LoadStrategy.NOLOAD, false, false);
    }

    /** Then fill {@code attribute} of the related objects from a join already in the statement. */
    public LoaderOption containsEager(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, LoadStrategy.JOINED, false, true);
    }

    @Override
    public String toString() {
        return "LoaderOption" + path;
    }
}
