/** SQLAlchemy's test_unitofworkv2.py RaiseLoadIgnoredTest: a ↔ b with lazy="raise" both ways. */
@NullMarked
package io.alchemy.orm.conformance.model.raiseload;

import org.jspecify.annotations.NullMarked;
