/** SQLAlchemy's test_expire.py ExpireTest's mapping: User.addresses lazy="joined" with backref user. */
@NullMarked
package io.alchemy.orm.conformance.model.joined;

import org.jspecify.annotations.NullMarked;
