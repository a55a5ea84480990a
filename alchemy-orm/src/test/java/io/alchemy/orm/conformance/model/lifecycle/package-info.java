/** SQLAlchemy's test_expire.py LifecycleTest: table data (id, data). */
@NullMarked
package io.alchemy.orm.conformance.model.lifecycle;

import org.jspecify.annotations.NullMarked;
