/** SQLAlchemy's test_cascade.py PendingOrphanTestSingleLevel: users → addresses ("all,delete-orphan", backref user), orders (all, delete-orphan). */
@NullMarked
package io.alchemy.orm.conformance.model.pendingorphan;

import org.jspecify.annotations.NullMarked;
