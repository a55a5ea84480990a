/** SQLAlchemy's test_cascade.py O2MConflictTest: parent.child (list); child.parent_id NOT NULL. */
@NullMarked
package io.alchemy.orm.conformance.model.conflicto2m;

import org.jspecify.annotations.NullMarked;
