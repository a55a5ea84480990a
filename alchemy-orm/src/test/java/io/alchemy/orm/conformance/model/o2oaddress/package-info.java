/** SQLAlchemy's test_merge.py MergeTest.test_one_to_one_cascade: users.address, a one-to-one (uselist=False), no backref. */
@NullMarked
package io.alchemy.orm.conformance.model.o2oaddress;

import org.jspecify.annotations.NullMarked;
