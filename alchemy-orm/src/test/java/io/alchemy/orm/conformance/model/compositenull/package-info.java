/** SQLAlchemy's test_merge.py CompositeNullPksTest: table data with a composite primary key (pk1, pk2) of strings. */
@NullMarked
package io.alchemy.orm.conformance.model.compositenull;

import org.jspecify.annotations.NullMarked;
