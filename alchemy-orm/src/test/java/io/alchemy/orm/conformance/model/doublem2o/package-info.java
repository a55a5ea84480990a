/**
 * SQLAlchemy's test_cascade.py DoubleParentM2OOrphanTest: homes and businesses → addresses, many-to-one with
 * cascade "all,delete-orphan" (SQLAlchemy adds single_parent=True, which Alchemy's many-to-one delete-orphan does not
 * ask for).
 */
@NullMarked
package io.alchemy.orm.conformance.model.doublem2o;

import org.jspecify.annotations.NullMarked;
