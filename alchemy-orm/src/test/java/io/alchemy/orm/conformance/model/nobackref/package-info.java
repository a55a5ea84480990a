/** SQLAlchemy's test_cascade.py NoBackrefCascadeTest: users → addresses (backref user), dingalings → addresses (backref dingalings). */
@NullMarked
package io.alchemy.orm.conformance.model.nobackref;

import org.jspecify.annotations.NullMarked;
