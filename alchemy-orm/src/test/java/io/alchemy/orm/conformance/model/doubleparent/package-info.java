/** SQLAlchemy's test_cascade.py DoubleParentO2MOrphanTest._fixture(legacy_is_orphan=False, uselist=True): accounts and sales_reps → customers (all,delete-orphan). */
@NullMarked
package io.alchemy.orm.conformance.model.doubleparent;

import org.jspecify.annotations.NullMarked;
