package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code containsEager}: the relationship is filled from the join to its target's table that the statement already
 * has ({@code join(Address_.user)}); the target's columns go in front of the statement's own, as SQLAlchemy puts them.
 */
final class ContainsEagerLoader implements EagerLoader {
    private final RelationshipProperty relationship;
    private final RowFill fill;

    ContainsEagerLoader(RelationshipProperty relationship, LoadPlan nested, LoadContext context) {
        this.relationship = relationship;
        this.fill = new RowFill(relationship, nested, context);
    }

    /** Puts the target's columns after those of earlier containsEager targets, before the statement's own. */
    Select<?> prepare(Select<?> statement, int before) {
        Mapper<?> target = relationship.target();
        List<Object> columns = new ArrayList<>(statement.columns().subList(0, before));
        target.columnProperties().forEach(p -> columns.add(p.column()));
        columns.addAll(statement.columns().subList(before, statement.columns().size()));
        fill.at(EntityPositions.own(target, before));
        return statement.withOnlyColumns(columns.toArray());
    }

    /** How many columns {@link #prepare(Select, int)} puts in front. */
    int width() {
        return relationship.target().columnProperties().size();
    }

    @Override
    public Select<?> prepare(Select<?> statement, FromClause parent) {
        return statement;
    }

    @Override
    public void row(Row row, Object entity) {
        fill.row(row, entity);
    }

    @Override
    public void afterRows(LoadContext context, List<Object> entities) {
        fill.afterRows(context);
    }
}
