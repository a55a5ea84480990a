/**
 * SQLAlchemy's test_merge.py MergeTest.test_relationship_population_maintained: users.addresses and addresses.user,
 * back-populating each other, with lazy="raise".
 */
@NullMarked
package io.alchemy.orm.conformance.model.popraise;

import org.jspecify.annotations.NullMarked;
