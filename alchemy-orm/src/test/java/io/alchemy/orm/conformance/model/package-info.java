/**
 * The classes of SQLAlchemy's ORM test fixtures ({@code test/orm/_fixtures.py}): users, addresses, orders, items,
 * keywords and self-referential nodes, in SQLAlchemy's tables; the {@code Orphan…} classes map the same tables with
 * {@code cascade="all, delete-orphan"}.
 */
@NullMarked
package io.alchemy.orm.conformance.model;

import org.jspecify.annotations.NullMarked;
