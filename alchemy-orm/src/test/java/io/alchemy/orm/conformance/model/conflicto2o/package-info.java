/** SQLAlchemy's test_cascade.py O2MConflictTest: parent.child (one); child.parent_id NOT NULL. */
@NullMarked
package io.alchemy.orm.conformance.model.conflicto2o;

import org.jspecify.annotations.NullMarked;
