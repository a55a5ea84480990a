package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.schema.Table;
import io.alchemy.sql.Select;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_select.py}, {@code SelectTest}: joins whose left side is implicit survive
 * {@code with_only_columns} (SQLAlchemy issues #6503 and #6698). Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_select.py")
class TestSelectConformanceTest {
    private final ParentChildTables tables = new ParentChildTables();
    private final Table parent = tables.parent;
    private final Table child = tables.child;
    private final Table grandchild = tables.grandchild;

    /** test_select.py SelectTest.test_join_froms_implicit_left_side_implicit_onclause. */
    @Test
    void test_join_froms_implicit_left_side_implicit_onclause() {
        Select<?> stmt = select(parent).selectFrom(parent).join(child);
        assertCompile(stmt, "SELECT parent.id, parent.data FROM parent JOIN child "
                + "ON parent.id = child.parent_id");
    }

    /** test_select.py SelectTest.test_join_implicit_left_side_wo_cols_onelevel (SQLAlchemy issue #6503). */
    @Test
    void test_join_implicit_left_side_wo_cols_onelevel() {
        Select<?> stmt = select(parent).join(child).withOnlyColumns(child.c("id"));
        assertCompile(stmt, "SELECT child.id FROM parent "
                + "JOIN child ON parent.id = child.parent_id");
    }

    /** test_select.py SelectTest.test_join_implicit_left_side_wo_cols_onelevel_union (issue #6698). */
    @Test
    void test_join_implicit_left_side_wo_cols_onelevel_union() {
        var stmt = select(parent).join(child).withOnlyColumns(child.c("id")).union(select(child.c("id")));
        assertCompile(stmt, "SELECT child.id FROM parent "
                + "JOIN child ON parent.id = child.parent_id "
                + "UNION "
                + "SELECT child.id FROM child");
    }

    /** test_select.py SelectTest.test_join_implicit_left_side_wo_cols_twolevel (SQLAlchemy issue #6503). */
    @Test
    void test_join_implicit_left_side_wo_cols_twolevel() {
        Select<?> stmt = select(parent).join(child).withOnlyColumns(child.c("id")).join(grandchild)
                .withOnlyColumns(grandchild.c("id"));
        assertCompile(stmt, "SELECT grandchild.id FROM parent "
                + "JOIN child ON parent.id = child.parent_id "
                + "JOIN grandchild ON child.id = grandchild.child_id");
    }

    /** test_select.py SelectTest.test_join_implicit_left_side_wo_cols_twolevel_union (issue #6698). */
    @Test
    void test_join_implicit_left_side_wo_cols_twolevel_union() {
        Select<?> stmt = select(parent).join(child).withOnlyColumns(child.c("id")).join(grandchild)
                .withOnlyColumns(grandchild.c("id"));
        assertCompile(union(stmt, select(grandchild.c("id"))), "SELECT grandchild.id FROM parent "
                + "JOIN child ON parent.id = child.parent_id "
                + "JOIN grandchild ON child.id = grandchild.child_id "
                + "UNION "
                + "SELECT grandchild.id FROM grandchild");
    }

    /** test_select.py SelectTest.test_right_nested_inner_join: a join on the right of an outer join is grouped. */
    @Test
    void test_right_nested_inner_join() {
        var inner = child.join(grandchild);
        Select<?> stmt = select(parent).outerjoinFrom(parent, inner);
        assertCompile(stmt, "SELECT parent.id, parent.data FROM parent "
                + "LEFT OUTER JOIN "
                + "(child JOIN grandchild ON child.id = grandchild.child_id) "
                + "ON parent.id = child.parent_id");
    }
}
