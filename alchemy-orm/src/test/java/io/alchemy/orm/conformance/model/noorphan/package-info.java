/** SQLAlchemy's test_cascade.py O2MCascadeDeleteNoOrphanTest: users.orders cascade "all". */
@NullMarked
package io.alchemy.orm.conformance.model.noorphan;

import org.jspecify.annotations.NullMarked;
