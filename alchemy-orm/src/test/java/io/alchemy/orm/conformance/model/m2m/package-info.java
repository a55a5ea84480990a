/** SQLAlchemy's test_cascade.py M2MCascadeTest: a ↔ b through atob (all, delete-orphan, single parent), b → c (all, delete-orphan). */
@NullMarked
package io.alchemy.orm.conformance.model.m2m;

import org.jspecify.annotations.NullMarked;
