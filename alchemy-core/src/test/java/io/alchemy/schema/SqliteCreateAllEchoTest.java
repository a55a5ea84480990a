package io.alchemy.schema;

import static io.alchemy.testing.SqlAssertions.CompiledSql.compiledSql;
import static io.alchemy.testing.SqlAssertions.assertSqlExecution;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.testing.SqlRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E3.1 on SQLite: the statements createAll sends are, byte for byte, the ones SQLAlchemy sent (Appendix A). */
class SqliteCreateAllEchoTest {

    @Test
    void createAllSendsSqlalchemysExactDdlInDependencyOrder() {
        try (Engine engine = Alchemy.createEngine("jdbc:sqlite::memory:")) {
            List<String> conversation = assertSqlExecution(SqlRecorder.on(engine), () -> {
                TutorialMetadataTest.tutorialMetadata().createAll(engine);
                TutorialMetadataTest.tutorialMetadata().createAll(engine);
            }, compiledSql(TutorialMetadataTest.USER_DDL), compiledSql(TutorialMetadataTest.ADDRESS_DDL));
            assertThat(conversation).filteredOn(line -> !line.contains(" | "))
                    .containsExactly("BEGIN", "COMMIT", "BEGIN", "COMMIT");
        }
    }
}
