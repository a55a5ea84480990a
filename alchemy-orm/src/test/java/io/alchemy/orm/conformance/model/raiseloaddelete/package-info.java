/** SQLAlchemy's test_cascade.py CasadeWithRaiseloadTest: users.addresses (all, delete-orphan) with lazy="raise". */
@NullMarked
package io.alchemy.orm.conformance.model.raiseloaddelete;

import org.jspecify.annotations.NullMarked;
