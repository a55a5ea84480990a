/** SQLAlchemy's test_cascade.py O2MSelfReferentialDetelOrphanTest: node.children (all, delete-orphan) with backref parent. */
@NullMarked
package io.alchemy.orm.conformance.model.selfref;

import org.jspecify.annotations.NullMarked;
