/**
 * SQLAlchemy's test_merge.py MergeTest.test_relationship_population_maintained: users.addresses and addresses.user,
 * back-populating each other, with lazy="raise_on_sql".
 */
@NullMarked
package io.alchemy.orm.conformance.model.popraisesql;

import org.jspecify.annotations.NullMarked;
