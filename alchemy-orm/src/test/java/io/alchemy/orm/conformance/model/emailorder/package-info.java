/** SQLAlchemy's test_expire.py ExpireTest.test_lazyload_autoflushes's mapping: User.addresses ordered by email_address. */
@NullMarked
package io.alchemy.orm.conformance.model.emailorder;

import org.jspecify.annotations.NullMarked;
