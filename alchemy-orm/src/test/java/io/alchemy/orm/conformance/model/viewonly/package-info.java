/** SQLAlchemy's test_cascade.py ViewonlyCascadeUpdate: users.orders viewonly over orders.user_id (SQLAlchemy joins on foreign(orders.user_id) without a constraint; the constraint stands in for foreign()). */
@NullMarked
package io.alchemy.orm.conformance.model.viewonly;

import org.jspecify.annotations.NullMarked;
