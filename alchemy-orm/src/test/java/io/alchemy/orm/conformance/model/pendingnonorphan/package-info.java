/** SQLAlchemy's test_cascade.py PendingOrphanTestSingleLevel: users → addresses ("all,delete", backref user). */
@NullMarked
package io.alchemy.orm.conformance.model.pendingnonorphan;

import org.jspecify.annotations.NullMarked;
