/** SQLAlchemy's test_cascade.py O2MConflictTest: parent.child (one, cascade all, delete, delete-orphan); child.parent_id NOT NULL. */
@NullMarked
package io.alchemy.orm.conformance.model.conflicto2odelorphan;

import org.jspecify.annotations.NullMarked;
