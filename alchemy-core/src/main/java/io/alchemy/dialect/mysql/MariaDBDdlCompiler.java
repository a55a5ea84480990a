package io.alchemy.dialect.mysql;

import io.alchemy.schema.CheckConstraint;
import io.alchemy.schema.Constraint;

/** MariaDB DDL: MySQL's, except that a CHECK constraint is dropped with {@code DROP CONSTRAINT} (no DROP CHECK). */
public class MariaDBDdlCompiler extends MySQLDdlCompiler {

    @Override
    protected String dropConstraintKeyword(Constraint constraint) {
        return constraint instanceof CheckConstraint ? "CONSTRAINT" : super.dropConstraintKeyword(constraint);
    }
}
