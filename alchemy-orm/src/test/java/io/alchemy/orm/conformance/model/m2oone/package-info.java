/** SQLAlchemy's test_cascade.py M2OCascadeDeleteOrphanTestOne: users → prefs (all, delete-orphan, joined) → extra (all, delete); users → foo. */
@NullMarked
package io.alchemy.orm.conformance.model.m2oone;

import org.jspecify.annotations.NullMarked;
