package io.alchemy.schema;

/**
 * Renders each kind of {@link DdlElement} (the dialect's DDL compiler is one), with a context passed through
 * (the dialect).
 *
 * @param <C> the context each visit receives
 */
public interface DdlVisitor<C> {

    String visitCreateTable(CreateTable create, C context);

    String visitDropTable(DropTable drop, C context);

    String visitCreateIndex(CreateIndex create, C context);

    String visitDropIndex(DropIndex drop, C context);

    String visitAddConstraint(AddConstraint add, C context);

    String visitDropConstraint(DropConstraint drop, C context);

    String visitCreateSequence(CreateSequence create, C context);

    String visitDropSequence(DropSequence drop, C context);

    String visitSetTableComment(SetTableComment set, C context);

    String visitSetColumnComment(SetColumnComment set, C context);
}
