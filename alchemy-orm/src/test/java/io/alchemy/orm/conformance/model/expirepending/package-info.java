/** SQLAlchemy's test_expire.py ExpireTest._test_cascade_to_pending: users.addresses with cascade="save-update, refresh-expire", no backref. */
@NullMarked
package io.alchemy.orm.conformance.model.expirepending;

import org.jspecify.annotations.NullMarked;
