package io.alchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E3.1 on SQLite: the statements createAll sends are, byte for byte, the ones SQLAlchemy sent (Appendix A). */
class SqliteCreateAllEchoTest {

    @Test
    void createAllSendsSqlalchemysExactDdlInDependencyOrder() {
        List<String> sent = new ArrayList<>();
        List<String> events = new ArrayList<>();
        try (Engine engine = Alchemy.createEngine("jdbc:sqlite::memory:")) {
            engine.addListener(new ConnectionEvents() {
                @Override
                public void beforeExecute(StatementEvent event) {
                    sent.add(event.compiled().sql());
                }

                @Override
                public void onBegin(io.alchemy.event.ConnectionEvent event, boolean implicit) {
                    events.add("BEGIN");
                }

                @Override
                public void onCommit(io.alchemy.event.ConnectionEvent event) {
                    events.add("COMMIT");
                }
            });
            TutorialMetadataTest.tutorialMetadata().createAll(engine);
            TutorialMetadataTest.tutorialMetadata().createAll(engine);
        }
        assertThat(sent).containsExactly(TutorialMetadataTest.USER_DDL, TutorialMetadataTest.ADDRESS_DDL);
        assertThat(events).containsExactly("BEGIN", "COMMIT", "BEGIN", "COMMIT");
    }
}
