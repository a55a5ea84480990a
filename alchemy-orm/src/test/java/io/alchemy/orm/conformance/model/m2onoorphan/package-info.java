/** SQLAlchemy's test_cascade.py M2OCascadeDeleteNoOrphanTest: t1 → t2 → t3 many-to-one, cascade "all". */
@NullMarked
package io.alchemy.orm.conformance.model.m2onoorphan;

import org.jspecify.annotations.NullMarked;
