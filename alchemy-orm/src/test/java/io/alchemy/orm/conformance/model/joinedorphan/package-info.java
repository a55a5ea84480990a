/** SQLAlchemy's test_expire.py RefreshTest.test_refresh2's mapping: User.addresses cascade "all, delete-orphan", lazy="joined". */
@NullMarked
package io.alchemy.orm.conformance.model.joinedorphan;

import org.jspecify.annotations.NullMarked;
