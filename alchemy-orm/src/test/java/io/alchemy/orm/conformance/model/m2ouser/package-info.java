/** SQLAlchemy's test_merge.py MergeTest.test_many_to_one_cascade: addresses.user many-to-one, no backref. */
@NullMarked
package io.alchemy.orm.conformance.model.m2ouser;

import org.jspecify.annotations.NullMarked;
