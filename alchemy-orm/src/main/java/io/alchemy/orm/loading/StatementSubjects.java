package io.alchemy.orm.loading;

import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.sql.Alias;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Cte;
import io.alchemy.sql.DmlStatement;
import io.alchemy.sql.Executable;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.Join;
import io.alchemy.sql.JoinSpec;
import io.alchemy.sql.Select;
import io.alchemy.sql.SelectBase;
import io.alchemy.sql.Subquery;
import io.alchemy.sql.TableClause;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a statement is about, for choosing the engine that runs it: its entity (the mapped class of
 * {@code select(User.class)} or {@code update(User.class)}, SQLAlchemy's plugin subject) and the tables it reads or
 * writes, in order of appearance (the DML target first, then the columns, FROM elements, joins and criteria).
 */
public final class StatementSubjects {
    private StatementSubjects() {
    }

    /** The mapper of the statement's first entity, or {@code null} for a statement of tables and columns only. */
    public static @Nullable Mapper<?> entityOf(Executable statement) {
        if (statement instanceof Select<?> select) {
            return RowShape.of(select).firstEntity();
        }
        if (statement instanceof DmlStatement dml && dml.entity() != null) {
            return Mappers.find(dml.entity());
        }
        return null;
    }

    /** The tables the statement names, each once, in order of appearance. */
    public static List<TableClause> tablesOf(Executable statement) {
        Set<TableClause> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TableClause> tables = new ArrayList<>();
        collect(statement, seen, tables);
        return tables;
    }

    private static void collect(Object element, Set<TableClause> seen, List<TableClause> tables) {
        if (element instanceof DmlStatement dml) {
            add(dml.table(), seen, tables);
            if (dml instanceof io.alchemy.sql.Update update) {
                update.whereList().forEach(c -> collect(c, seen, tables));
            } else if (dml instanceof io.alchemy.sql.Delete delete) {
                delete.whereList().forEach(c -> collect(c, seen, tables));
            }
        } else if (element instanceof Select<?> select) {
            select.columns().forEach(c -> collect(c, seen, tables));
            select.columnFroms().forEach(f -> collect(f, seen, tables));
            select.explicitFroms().forEach(f -> collect(f, seen, tables));
            for (JoinSpec join : select.joins()) {
                if (join.left() != null) {
                    collect(join.left(), seen, tables);
                }
                collect(join.right(), seen, tables);
            }
            select.whereList().forEach(c -> collect(c, seen, tables));
        } else if (element instanceof ColumnElement<?> column) {
            column.collectFroms(from -> collect(from, seen, tables));
        } else if (element instanceof TableClause table) {
            add(table, seen, tables);
        } else if (element instanceof Alias alias) {
            add(alias.table(), seen, tables);
        } else if (element instanceof io.alchemy.sql.EntityClause<?> entity) {
            Mapper<?> mapper = Mappers.find(entity.entityClass());
            if (mapper != null) {
                add(mapper.table(), seen, tables);
            }
        } else if (element instanceof Join join) {
            collect(join.left(), seen, tables);
            collect(join.right(), seen, tables);
        } else if (element instanceof Subquery subquery) {
            collect(subquery.select(), seen, tables);
        } else if (element instanceof Cte cte) {
            collect(cte.statement(), seen, tables);
        } else if (element instanceof FromClause from) {
            from.collectCovered(covered -> {
                if (covered != from) {
                    collect(covered, seen, tables);
                }
            });
        } else if (element instanceof SelectBase) {
            // a compound SELECT: its parts are not exposed here; the default engine decides
            return;
        }
    }

    private static void add(TableClause table, Set<TableClause> seen, List<TableClause> tables) {
        if (seen.add(table)) {
            tables.add(table);
        }
    }
}
