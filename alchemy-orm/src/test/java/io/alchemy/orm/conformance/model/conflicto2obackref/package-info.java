/** SQLAlchemy's test_cascade.py O2MConflictTest: parent.child (one, backref parent); child.parent_id NOT NULL. */
@NullMarked
package io.alchemy.orm.conformance.model.conflicto2obackref;

import org.jspecify.annotations.NullMarked;
