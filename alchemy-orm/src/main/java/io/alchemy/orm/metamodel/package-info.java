/**
 * The typed metamodel the processor generates ({@code User_.name}): column and relationship attributes, the
 * entity in a SELECT's columns clause and the criteria relationships make.
 */
@NullMarked
package io.alchemy.orm.metamodel;

import org.jspecify.annotations.NullMarked;
