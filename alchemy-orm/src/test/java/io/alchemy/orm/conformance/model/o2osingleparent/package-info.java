/** SQLAlchemy's test_cascade.py O2OSingleParentNoFlushTest: users.address one-to-one, backref user (single parent, all, delete-orphan); addresses.user_id NOT NULL. */
@NullMarked
package io.alchemy.orm.conformance.model.o2osingleparent;

import org.jspecify.annotations.NullMarked;
