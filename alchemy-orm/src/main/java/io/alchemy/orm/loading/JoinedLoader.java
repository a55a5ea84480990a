package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.orm.mapping.JoinConditions;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.JoinSpec;
import io.alchemy.sql.JoinType;
import io.alchemy.sql.Select;
import java.util.List;

/**
 * {@code lazy = JOINED} / {@code joinedload}: the relationship loads in the same SELECT, through a LEFT OUTER JOIN
 * (or a JOIN with {@code innerjoin}) to an anonymous alias of the target's table ({@code user_account AS
 * user_account_1}), whose columns are added at the end; the query's WHERE and ORDER BY do not see the alias.
 */
final class JoinedLoader implements EagerLoader {
    private final RelationshipProperty relationship;
    private final boolean innerjoin;
    private final LoadPlan nested;
    private final RowFill fill;

    JoinedLoader(RelationshipProperty relationship, boolean innerjoin, LoadPlan nested, LoadContext context) {
        this.relationship = relationship;
        this.innerjoin = innerjoin;
        this.nested = nested;
        this.fill = new RowFill(relationship, nested, context);
    }

    @Override
    public Select<?> prepare(Select<?> statement, FromClause parent) {
        Table table = relationship.target().table();
        FromClause alias = table.alias();
        FromClause secondary = relationship.secondary() == null ? null : relationship.secondary().alias();
        int first = statement.columns().size();
        Mapper<?> target = relationship.target();
        Object[] columns = EntityPositions.selected(target).stream()     // with the subclass columns read inline
                .map(c -> (Object) JoinConditions.side(c, alias)).toArray();
        Select<?> joined = statement.addColumns(columns);
        JoinType type = innerjoin ? JoinType.INNER : JoinType.LEFT;
        for (JoinSpec join : JoinConditions.joins(relationship, null, parent, alias, secondary, type)) {
            joined = joined.join(join.right(), (ColumnElement<?>) join.onClause(), join.type());
        }
        fill.at(EntityPositions.contiguous(target, first));
        return nested.prepare(joined, alias);
    }

    @Override
    public void row(Row row, Object entity) {
        fill.row(row, entity);
    }

    @Override
    public void afterRows(LoadContext context, List<Object> entities) {
        fill.afterRows(context);
    }

    @Override
    public boolean repeatsParents() {
        return relationship.isCollection();
    }
}
