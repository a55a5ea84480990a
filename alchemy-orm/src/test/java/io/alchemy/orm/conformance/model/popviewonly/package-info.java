/**
 * SQLAlchemy's test_merge.py MergeTest.test_relationship_population_maintained: users.addresses and addresses.user,
 * back-populating each other, with viewonly=True, lazy="select".
 */
@NullMarked
package io.alchemy.orm.conformance.model.popviewonly;

import org.jspecify.annotations.NullMarked;
