/** SQLAlchemy's test_cascade.py CollectionCascadesNoBackrefTest's cascade_fixture(set). */
@NullMarked
package io.alchemy.orm.conformance.model.collcascadeset;

import org.jspecify.annotations.NullMarked;
