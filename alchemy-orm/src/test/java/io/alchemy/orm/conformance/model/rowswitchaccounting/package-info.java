/** SQLAlchemy's test_unitofworkv2.py RowswitchAccountingTest: parent → child (one-to-one, all, delete-orphan), child.id the parent's. */
@NullMarked
package io.alchemy.orm.conformance.model.rowswitchaccounting;

import org.jspecify.annotations.NullMarked;
