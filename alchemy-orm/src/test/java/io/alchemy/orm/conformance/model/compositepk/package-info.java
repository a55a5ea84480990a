/** SQLAlchemy's test/orm/_fixtures.py composite_pk_table. */
@NullMarked
package io.alchemy.orm.conformance.model.compositepk;

import org.jspecify.annotations.NullMarked;
