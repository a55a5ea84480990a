/** SQLAlchemy's test_cascade.py M2OCascadeDeleteOrphanTestTwo: t1 → t2 → t3 many-to-one, cascade "all, delete-orphan". */
@NullMarked
package io.alchemy.orm.conformance.model.m2otwo;

import org.jspecify.annotations.NullMarked;
