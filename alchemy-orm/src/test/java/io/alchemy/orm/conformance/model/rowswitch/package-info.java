/** SQLAlchemy's test_unitofworkv2.py RowswitchM2OTest: a → b (all, delete-orphan), b → c. */
@NullMarked
package io.alchemy.orm.conformance.model.rowswitch;

import org.jspecify.annotations.NullMarked;
