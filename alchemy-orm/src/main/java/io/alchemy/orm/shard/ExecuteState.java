package io.alchemy.orm.shard;

import io.alchemy.sql.BinaryExpression;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.BooleanClauseList;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Delete;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Operator;
import io.alchemy.sql.Select;
import io.alchemy.sql.Update;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A statement about to run in a {@link ShardedSession}, as its {@link ExecuteChooser} sees it (SQLAlchemy's
 * {@code ORMExecuteState}).
 *
 * @param statement the statement
 * @param parameters its named parameters (empty for none)
 */
public record ExecuteState(Executable statement, Map<String, ?> parameters) {

    /** Copies the parameters. */
    public ExecuteState {
        parameters = Map.copyOf(parameters);
    }

    /**
     * The values the statement's WHERE clause requires {@code column} to have, from its top-level AND-ed criteria
     * {@code column = value} and {@code column IN (values)} (the comparisons SQLAlchemy's sharding example looks for);
     * empty when the criteria leave the column free, so the statement must run on every shard.
     */
    public List<Object> comparedValues(ColumnElement<?> column) {
        List<Object> values = new ArrayList<>();
        for (ColumnElement<?> criterion : where()) {
            collect(criterion, column, values);
        }
        return values;
    }

    private List<ColumnElement<?>> where() {
        if (statement instanceof Select<?> select) {
            return select.whereList();
        }
        if (statement instanceof Update update) {
            return update.whereList();
        }
        if (statement instanceof Delete delete) {
            return delete.whereList();
        }
        return List.of();
    }

    private void collect(ColumnElement<?> criterion, ColumnElement<?> column, List<Object> values) {
        if (criterion instanceof BooleanClauseList list && list.operator() == Operator.AND) {
            list.clauses().forEach(c -> collect(c, column, values));
            return;
        }
        if (!(criterion instanceof BinaryExpression<?> binary) || binary.left() != column
                || !(binary.right() instanceof BindParameter<?> parameter)) {
            return;
        }
        Object value = parameter.hasValue() ? parameter.value() : parameters.get(parameter.key());
        if (binary.operator() == Operator.EQ) {
            values.add(value);
        } else if (binary.operator() == Operator.IN && value instanceof Collection<?> many) {
            values.addAll(many);
        }
    }
}
