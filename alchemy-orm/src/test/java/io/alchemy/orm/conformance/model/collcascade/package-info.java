/** SQLAlchemy's test_cascade.py CollectionCascadesNoBackrefTest's cascade_fixture(list). */
@NullMarked
package io.alchemy.orm.conformance.model.collcascade;

import org.jspecify.annotations.NullMarked;
