/**
 * SQLAlchemy's test_merge.py MergeTest.test_relationship_population_maintained: users.addresses and addresses.user,
 * back-populating each other, with viewonly=True, lazy="raise_on_sql".
 */
@NullMarked
package io.alchemy.orm.conformance.model.popviewonlyraisesql;

import org.jspecify.annotations.NullMarked;
