/** SQLAlchemy's test_expire.py ExpireTest.test_expire_cascade / test_refresh_cascade: users.addresses with cascade="all, refresh-expire". */
@NullMarked
package io.alchemy.orm.conformance.model.expirecascade;

import org.jspecify.annotations.NullMarked;
