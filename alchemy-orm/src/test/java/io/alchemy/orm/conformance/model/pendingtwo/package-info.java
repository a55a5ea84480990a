/** SQLAlchemy's test_cascade.py PendingOrphanTestTwoLevel: order → item → attribute, each all, delete-orphan. */
@NullMarked
package io.alchemy.orm.conformance.model.pendingtwo;

import org.jspecify.annotations.NullMarked;
