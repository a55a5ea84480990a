package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the relationships of the objects of one mapper load in one query: the eager loaders (joined, containsEager,
 * selectin, subquery) from the loader options and the relationships' {@code lazy} defaults, and the lazy strategies
 * given as options, remembered by each loaded object for its first access. Nested paths make nested plans; a default
 * eager relationship is not followed back along the relationship it came from, nor deeper than a few levels.
 */
final class LoadPlan {
    private static final int MAX_DEFAULT_DEPTH = 3;

    private final List<ContainsEagerLoader> prefixLoaders = new ArrayList<>();
    private final List<EagerLoader> loaders = new ArrayList<>();
    private final Map<String, LoadStrategy> explicit = new LinkedHashMap<>();
    private Mapper<?> subclassesOf;

    private LoadPlan() {
    }

    /** The plan that loads nothing with the query and remembers no option (never changed, so shared). */
    private static final LoadPlan NOTHING = new LoadPlan();

    /** The plan for objects of {@code mapper} under {@code options}, reached through {@code via} (or at the top). */
    static LoadPlan of(Mapper<?> mapper, List<LoaderOption> options, RelationshipProperty via, int depth,
            LoadContext context) {
        boolean subclassColumns = PolymorphicRows.loadsSubclassColumns(mapper);      // inheritance
        if (options.isEmpty() && !subclassColumns && allLazy(mapper)) {
            return NOTHING;
        }
        LoadPlan plan = new LoadPlan();
        plan.subclassesOf = subclassColumns ? mapper : null;
        for (RelationshipProperty relationship : mapper.relationships()) {
            LoaderOption.Step step = null;
            List<LoaderOption> nested = new ArrayList<>();
            for (LoaderOption option : options) {
                LoaderOption.Step first = option.path().get(0);
                if (first.attribute().name().equals(relationship.name())
                        && first.attribute().entityClass().isAssignableFrom(mapper.entityClass())) {
                    step = first;
                    if (option.rest() != null) {
                        nested.add(option.rest());
                    }
                }
            }
            boolean stopHere = step == null && (depth >= MAX_DEFAULT_DEPTH || via != null && via.mirror() == relationship);
            LoadStrategy strategy = step != null ? step.strategy() : stopHere ? LoadStrategy.SELECT : relationship.lazy();
            if (step != null && !isEager(strategy)) {
                plan.explicit.put(relationship.name(), strategy);
            }
            if (!isEager(strategy)) {
                continue;
            }
            LoadPlan inner = of(relationship.target(), nested, relationship, depth + 1, context);
            if (step != null && step.containsEager()) {
                plan.prefixLoaders.add(new ContainsEagerLoader(relationship, inner, context));
            } else if (strategy == LoadStrategy.JOINED) {
                boolean innerjoin = step != null ? step.innerjoin() : relationship.innerjoin();
                plan.loaders.add(new JoinedLoader(relationship, innerjoin, inner, context));
            } else if (strategy == LoadStrategy.SELECTIN) {
                plan.loaders.add(new SelectInLoader(relationship, inner));
            } else {
                plan.loaders.add(new SubqueryLoader(relationship, inner));
            }
        }
        return plan;
    }

    private static boolean allLazy(Mapper<?> mapper) {
        List<RelationshipProperty> relationships = mapper.relationships();
        for (int i = 0; i < relationships.size(); i++) {              // indexed: no iterator per query
            if (isEager(relationships.get(i).lazy())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEager(LoadStrategy strategy) {
        return strategy == LoadStrategy.JOINED || strategy == LoadStrategy.SELECTIN || strategy == LoadStrategy.SUBQUERY;
    }

    /** Whether the plan loads anything with the query. */
    boolean isEager() {
        return !prefixLoaders.isEmpty() || !loaders.isEmpty() || subclassesOf != null;
    }

    /** Whether rows repeat parents (a joined collection), which the result then gives once. */
    boolean repeatsParents() {
        return loaders.stream().anyMatch(EagerLoader::repeatsParents);
    }

    /** The statement with the columns of {@code containsEager} targets put in front, after the first {@code before}. */
    Select<?> preparePrefix(Select<?> statement, int before) {
        int at = before;
        for (ContainsEagerLoader loader : prefixLoaders) {
            statement = loader.prepare(statement, at);
            at += loader.width();
        }
        return statement;
    }

    /** How many columns {@link #preparePrefix} puts in front. */
    int prefixWidth() {
        int width = 0;
        for (ContainsEagerLoader loader : prefixLoaders) {
            width += loader.width();
        }
        return width;
    }

    /** The statement with the joins and columns of the joined loaders added; {@code parent} holds the parent's columns. */
    Select<?> prepare(Select<?> statement, FromClause parent) {
        for (EagerLoader loader : loaders) {
            statement = loader.prepare(statement, parent);
        }
        return statement;
    }

    /** One row's object: remembers the lazy options, fills joined relationships. */
    void row(Row row, Object entity) {
        if (entity == null || explicit.isEmpty() && prefixLoaders.isEmpty() && loaders.isEmpty()) {
            return;
        }
        if (!explicit.isEmpty()) {
            InstanceState state = InstanceState.of(entity);
            explicit.forEach(state::strategy);
        }
        for (ContainsEagerLoader loader : prefixLoaders) {
            loader.row(row, entity);
        }
        for (EagerLoader loader : loaders) {
            loader.row(row, entity);
        }
    }

    /** All the query's objects: runs the loaders that load after the rows. */
    void afterRows(LoadContext context, List<Object> entities) {
        if (entities.isEmpty()) {
            return;
        }
        if (subclassesOf != null) {
            PolymorphicRows.loadSubclassColumns(context, subclassesOf, entities);
        }
        prefixLoaders.forEach(loader -> loader.afterRows(context, entities));
        loaders.forEach(loader -> loader.afterRows(context, entities));
    }
}
