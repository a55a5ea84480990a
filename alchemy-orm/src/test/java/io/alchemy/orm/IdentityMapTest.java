package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.model.User;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.lang.ref.WeakReference;

/** One object per row and Session, held weakly: clean objects nobody holds can go, changed ones stay until flushed. */
class IdentityMapTest {

    @MatrixTest
    void cleanObjectsNobodyHoldsAreCollectedChangedOnesAreKept(TestDatabase db) {
        Engine engine = OrmFixture.tutorialDatabase(db);
        try (Session session = new Session(engine)) {
            WeakReference<Object> clean = new WeakReference<>(session.get(User.class, 1));
            session.get(User.class, 2).setFullname("Sandy Squirrel");
            session.noAutoflush(() -> session.scalars(select(User.class)).all());
            assertThat(collect(clean)).isTrue();
            assertThat(session.toString()).contains("1 in identity map");
            User sandy = session.get(User.class, 2);
            assertThat(sandy.getFullname()).isEqualTo("Sandy Squirrel");
            session.commit();
        }
    }

    private static boolean collect(WeakReference<Object> reference) {
        for (int attempt = 0; attempt < 20 && reference.get() != null; attempt++) {
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) {
                pressure[i] = new byte[64 * 1024];
            }
        }
        return reference.get() == null;
    }
}
