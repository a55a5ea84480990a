/** SQLAlchemy's test_cascade.py M2MCascadeTest's test_none_m2m_* mapping: a ↔ b through atob with backref "as". */
@NullMarked
package io.alchemy.orm.conformance.model.m2mbackref;

import org.jspecify.annotations.NullMarked;
