/** SQLAlchemy's test_cascade.py DoubleParentO2MOrphanTest._fixture(legacy_is_orphan=False, uselist=False): accounts and sales_reps → customers (all,delete-orphan). */
@NullMarked
package io.alchemy.orm.conformance.model.doubleparento2o;

import org.jspecify.annotations.NullMarked;
